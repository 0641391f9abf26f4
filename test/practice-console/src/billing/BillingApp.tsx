// PLACEHOLDER: replaced by the page implementation.
export function BillingApp(_props: Record<string, never>) {
  return <h1>BillingApp (not built yet)</h1>;
}
