// PLACEHOLDER: replaced by the page implementation.
export function PolicyDetails(_props: { path: string; policyArn: string }) {
  return <h1>PolicyDetails (not built yet)</h1>;
}
