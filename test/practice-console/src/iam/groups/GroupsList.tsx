// PLACEHOLDER: replaced by the page implementation.
export function GroupsList(_props: { path: string }) {
  return <h1>GroupsList (not built yet)</h1>;
}
