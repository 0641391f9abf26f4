/**
 * Hard limits on a pack, checked before and after parsing so that a hostile file cannot make the
 * loader or the extension do unbounded work. The authoring guide lists them.
 */
export const LIMITS = {
  /** Bytes of pack source text. */
  fileBytes: 512 * 1024,
  sections: 50,
  steps: 300,
  stepsPerSection: 100,
  /** Locator descriptors tried for one target. */
  locators: 8,
  doneConditions: 8,
  warnings: 8,
  links: 10,
  pages: 50,
  /** Languages a pack's text is translated into (`translations`). */
  translations: 20,
  /** Alternative names for one locator. */
  alternatives: 12,
  /** Characters. */
  idLength: 64,
  titleLength: 120,
  shortText: 400,
  bodyLength: 4000,
  urlLength: 2048,
  /** YAML/JSON nesting depth. */
  depth: 16,
  /** YAML aliases (anchors re-used), against "billion laughs" expansion. */
  aliases: 0,
} as const;
