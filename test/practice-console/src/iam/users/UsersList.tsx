// PLACEHOLDER: replaced by the page implementation.
export function UsersList(_props: { path: string }) {
  return <h1>UsersList (not built yet)</h1>;
}
