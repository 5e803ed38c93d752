/** The catalogues, found by Vite in ./messages and compiled by the build (scripts/messages.ts). */
import { registerCatalogues } from './locales';

registerCatalogues(
  import.meta.glob<unknown>('./messages/*.json', { query: '?messages=first', import: 'default' }),
  import.meta.glob<unknown>('./messages/*.json', { query: '?messages=later', import: 'default' }),
  // A few bytes each, so in the entry: the menu names every language at once.
  import.meta.glob<string>('./messages/*.json', {
    query: '?messages=name',
    import: 'default',
    eager: true,
  }),
);
