// YAML data files (the page catalogue, built-in packs) are imported as validated JSON through
// packs/catalogue/vite-plugin.ts; their shape is asserted where they are imported.
declare module '*.yaml' {
  const data: unknown;
  export default data;
}
