// PLACEHOLDER: replaced by the page implementation.
export function MySecurityCredentials(_props: { path: string }) {
  return <h1>MySecurityCredentials (not built yet)</h1>;
}
