// packs/pages.yaml is imported as data through packs/vite-plugin-catalogue.ts.
declare module '*/pages.yaml' {
  const pages: unknown;
  export default pages;
}
