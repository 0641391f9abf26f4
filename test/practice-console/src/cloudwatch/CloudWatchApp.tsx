// PLACEHOLDER: replaced by the page implementation.
export function CloudWatchApp(_props: Record<string, never>) {
  return <h1>CloudWatchApp (not built yet)</h1>;
}
