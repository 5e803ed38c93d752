// Entry point: mounts the app.
// First, so the charts' file starts downloading before the rest of the page runs.
import './app/figuresModule';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
