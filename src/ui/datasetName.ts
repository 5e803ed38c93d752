/**
 * A dataset's name on the page: the lecturer's own exactly as typed, or, while it is empty, the
 * language's ("Old data" as a label, "old data" inside a sentence, „alte Daten“ in German).
 */
import { t } from '../i18n/catalogue';

export function datasetLabel(own: string | undefined, which: 'old' | 'new'): string {
  return own || t(which === 'old' ? 'dataset.old.name' : 'dataset.new.name');
}

export function datasetInSentence(own: string | undefined, which: 'old' | 'new'): string {
  return own || t(which === 'old' ? 'dataset.old.inSentence' : 'dataset.new.inSentence');
}
