/**
 * Each catalogue ships in two parts. The first holds what the first screen says and is loaded
 * before the first render; the later one holds what only the parts loaded later say (the charts,
 * the formulas, the deeper lessons, the stream, export and import) and what is shown only when
 * asked for (the tour's questions and answers, the shortcuts, the lecture builder, the glossary's
 * tips), and arrives beside their code or is waited for by the panel that shows it
 * (useLaterWords). So the start-up waits for no word it does not show; src/i18n/parts.test.ts
 * keeps the first screen's code off these keys.
 */
export const LATER_PREFIXES = [
  'charts.',
  'data.',
  'explain.',
  'export.',
  'figures.',
  'lessons.',
  'stream.',
  'tour.',
  'ui.shortcuts.',
  'lecture.builder.',
  'lecture.tour.',
  'lecture.predict.',
  'lecture.shortcuts.',
  'view.hide.',
  'words.glossary.',
] as const;

/** Keys the first screen's code uses even though their prefix is a later one. */
const FIRST_AFTER_ALL = ['figures.loading'];

export type Part = 'first' | 'later';

export function partOf(key: string): Part {
  if (FIRST_AFTER_ALL.some((p) => key.startsWith(p))) return 'first';
  return LATER_PREFIXES.some((p) => key.startsWith(p)) ? 'later' : 'first';
}
