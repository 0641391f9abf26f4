// PLACEHOLDER: replaced by the page implementation.
export function SignInApp(_props: Record<string, never>) {
  return <h1>SignInApp (not built yet)</h1>;
}
