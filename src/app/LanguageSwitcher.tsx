/** The header's choice of language: each listed in its own name, so a reader finds theirs. */
import { useId } from 'react';
import { chooseLocale } from '../i18n/choice';
import { currentLocale, t } from '../i18n/catalogue';
import { LOCALES, endonym } from '../i18n/locales';
import { useAppStore } from '../state/store';

export const LANGUAGE_SELECT_ID = 'language-select';

async function switchTo(locale: string): Promise<void> {
  try {
    await chooseLocale(locale);
  } catch {
    // The page stays as it was, in its language, and says why nothing changed.
    useAppStore.getState().setNotice(() => t('language.failed', { language: endonym(locale) }));
    return;
  }
  // The page is rebuilt in the new language, this menu with it: the keyboard stays on the menu.
  requestAnimationFrame(() => document.getElementById(LANGUAGE_SELECT_ID)?.focus());
}

export function LanguageSwitcher() {
  const labelId = useId();
  const locale = currentLocale();
  return (
    <label className="language-switcher">
      <span id={labelId} className="visually-hidden">
        {t('language.label')}
      </span>
      <span className="language-mark" aria-hidden="true">
        文A
      </span>
      <select
        id={LANGUAGE_SELECT_ID}
        aria-labelledby={labelId}
        value={locale}
        onChange={(e) => void switchTo(e.target.value)}
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {endonym(l)}
          </option>
        ))}
      </select>
    </label>
  );
}
