// One setup for every component test: the English catalogue, jest-dom matchers, and a ResizeObserver
// stub that Recharts needs in jsdom.
import '@testing-library/jest-dom/vitest';
import '../i18n/files';
import { loadLocale } from '../i18n/catalogue';

// Components read their words from the catalogue; tests read the page in English.
await loadLocale('en');

class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

if (!('ResizeObserver' in globalThis)) {
  (globalThis as unknown as { ResizeObserver: typeof ResizeObserverStub }).ResizeObserver =
    ResizeObserverStub;
}
