// dom-accessibility-api ships polyfills for browsers without Array.from; every browser the
// extension supports has it, so the build points the polyfill here (scripts/vite-aliases.ts).
export default Array.from;
