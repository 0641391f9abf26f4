// PLACEHOLDER: replaced by the page implementation.
export function AccountSettings(_props: { path: string }) {
  return <h1>AccountSettings (not built yet)</h1>;
}
