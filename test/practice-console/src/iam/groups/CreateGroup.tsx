// PLACEHOLDER: replaced by the page implementation.
export function CreateGroup(_props: { path: string }) {
  return <h1>CreateGroup (not built yet)</h1>;
}
