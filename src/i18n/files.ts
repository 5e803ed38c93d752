/** The catalogues, found by Vite in ./messages and compiled by the build (scripts/messages.ts). */
import { registerCatalogues } from './locales';

registerCatalogues(
  import.meta.glob<unknown>('./messages/*.json', { query: '?messages=first', import: 'default' }),
  import.meta.glob<unknown>('./messages/*.json', { query: '?messages=later', import: 'default' }),
);
