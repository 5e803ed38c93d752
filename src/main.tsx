// Entry point: picks the page's language, loads its catalogue, then mounts the app.
// First, so the page's words and the charts' file are asked for before the rest of the page runs.
import './i18n/early';
import './app/figuresModule';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { openInLocale } from './i18n/choice';

// Every word on the page comes from the catalogue, so it is loaded before the first render. (A
// promise, not a top-level await: with one, the bundler would move every module the entry shares
// with lazily loaded code out of the entry file, into many small files to fetch.)
void openInLocale().then(() => {
  // As a transition, the first render yields to the browser every few milliseconds instead of
  // holding a phone's main thread for the whole page at once, so a tap during start-up is answered.
  startTransition(() => {
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  });
});
