// PLACEHOLDER: replaced by the page implementation.
export function CreateUserWizard(_props: { path: string }) {
  return <h1>CreateUserWizard (not built yet)</h1>;
}
