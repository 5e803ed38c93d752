/** Sentences and list items joined as each language joins them. */
import { t } from '../../i18n/catalogue';

/** Whole sentences one after another, as the language spaces them (Chinese runs them together). */
export function sentences(...parts: readonly string[]): string {
  const said = parts.filter((p) => p !== '');
  if (!said.length) return '';
  return said.reduce((first, second) => t('lessons.join.sentences', { first, second }));
}

/** Items of a list, separated as the language separates them. */
export function listOf(items: readonly string[]): string {
  if (!items.length) return '';
  return items.reduce((first, second) => t('lessons.join.list', { first, second }));
}
