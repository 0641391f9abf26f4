// PLACEHOLDER: replaced by the page implementation.
export function GroupDetails(_props: { path: string; groupName: string }) {
  return <h1>GroupDetails (not built yet)</h1>;
}
