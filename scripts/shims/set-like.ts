// dom-accessibility-api's SetLike polyfill (its own check keeps it even where Set exists): every
// browser the extension supports has Set (scripts/vite-aliases.ts).
export default Set;
