// PLACEHOLDER: replaced by the page implementation.
export function AssignMfaWizard(_props: { path: string; userName: string | null }) {
  return <h1>AssignMfaWizard (not built yet)</h1>;
}
