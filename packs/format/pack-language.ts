import type { LoadedSection, LoadedStep, Pack } from './load';

/**
 * Which of a pack's translations serves a language: the exact tag (`pt-BR`), else the same
 * language (`de` for `de-AT`, `pt-BR` for `pt`); none when the pack has none for it.
 */
export function translationTag(translations: Record<string, unknown> | undefined, language: string): string | undefined {
  if (!translations) return undefined;
  const wanted = language.replace('_', '-').toLowerCase();
  const base = wanted.split('-')[0];
  const tags = Object.keys(translations);
  return tags.find((t) => t.toLowerCase() === wanted) ?? tags.find((t) => t.toLowerCase() === base) ?? tags.find((t) => t.toLowerCase().split('-')[0] === base);
}

function stepIn(step: LoadedStep, language: string): LoadedStep {
  const tag = translationTag(step.translations, language);
  const t = tag === undefined ? undefined : step.translations![tag];
  if (!t) return step;
  return {
    ...step,
    title: t.title ?? step.title,
    ...(t.body !== undefined ? { body: t.body, content: step.translatedContent?.[tag!] ?? step.content } : {}),
    ...(t.warnings ? { warnings: t.warnings } : {}),
  };
}

function sectionIn(section: LoadedSection, language: string): LoadedSection {
  const tag = translationTag(section.translations, language);
  const title = tag === undefined ? undefined : section.translations![tag]!.title;
  return { ...section, title: title ?? section.title, steps: section.steps.map((step) => stepIn(step, language)) };
}

/**
 * The pack's text in the learner's language (the browser's UI language) where the pack has it,
 * its own text elsewhere. Ids, targets and conditions are the same in every language.
 */
export function packInLanguage(pack: Pack, language: string): Pack {
  const tag = translationTag(pack.translations, language);
  const t = tag === undefined ? undefined : pack.translations![tag];
  return { ...pack, title: t?.title ?? pack.title, summary: t?.summary ?? pack.summary, sections: pack.sections.map((section) => sectionIn(section, language)) };
}
