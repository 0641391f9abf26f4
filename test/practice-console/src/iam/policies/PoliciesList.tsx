// PLACEHOLDER: replaced by the page implementation.
export function PoliciesList(_props: { path: string }) {
  return <h1>PoliciesList (not built yet)</h1>;
}
