// PLACEHOLDER: replaced by the page implementation.
export function CreateAccessKey(_props: { path: string; userName: string | null }) {
  return <h1>CreateAccessKey (not built yet)</h1>;
}
