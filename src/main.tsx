// Entry point: mounts the app.
// First, so the charts' file starts downloading before the rest of the page runs.
import './app/figuresModule';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';

// As a transition, the first render yields to the browser every few milliseconds instead of
// holding a phone's main thread for the whole page at once, so a tap during start-up is answered.
startTransition(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
