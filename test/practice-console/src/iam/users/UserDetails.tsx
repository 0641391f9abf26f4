// PLACEHOLDER: replaced by the page implementation.
export function UserDetails(_props: { path: string; userName: string; section: string }) {
  return <h1>UserDetails (not built yet)</h1>;
}
