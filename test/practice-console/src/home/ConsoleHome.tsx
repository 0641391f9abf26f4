// PLACEHOLDER: replaced by the page implementation.
export function ConsoleHome(_props: Record<string, never>) {
  return <h1>ConsoleHome (not built yet)</h1>;
}
