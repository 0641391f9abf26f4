// PLACEHOLDER: replaced by the page implementation.
export function EditPasswordPolicy(_props: { path: string }) {
  return <h1>EditPasswordPolicy (not built yet)</h1>;
}
