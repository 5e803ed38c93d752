// Entry point: picks the page's language, loads its catalogue, then mounts the app.
// First, so the page's words and the charts' file are asked for before the rest of the page runs.
import './i18n/early';
import './app/figuresModule';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { openAddress } from './app/useUrlSync';
import { openInLocale } from './i18n/choice';
import { SOURCE_LOCALE } from './i18n/locales';
import { loadLocale } from './i18n/catalogue';

// Every word on the page comes from the catalogue, so it is loaded before the first render. (A
// promise, not a top-level await: with one, the bundler would move every module the entry shares
// with lazily loaded code out of the entry file, into many small files to fetch.)
void openInLocale()
  // Without its words the page cannot be drawn: English is tried once more, then a plain line says
  // what to do (there is no catalogue to say it in the reader's language).
  .catch(() => loadLocale(SOURCE_LOCALE, { firstOnly: true }))
  .then(mount, () => {
    document.getElementById('root')!.textContent =
      'The page could not load its words. Reload the page to try again.';
  });

function mount(): void {
  // Before the first render, so that it draws what the link or the last visit asks for.
  openAddress();
  // As a transition, the first render yields to the browser every few milliseconds instead of
  // holding a phone's main thread for the whole page at once, so a tap during start-up is answered.
  startTransition(() => {
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  });
}
