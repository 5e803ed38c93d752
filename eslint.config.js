// Lint rules: typed TypeScript, React hooks, and the walls between layers: app → panels → charts / state → core,
// with shared UI helpers (src/ui) that every layer may import and that import nothing above them.
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import i18next from 'eslint-plugin-i18next';
import tseslint from 'typescript-eslint';

/** Relative imports of these top-level folders of src, from any depth below src. */
const folders = (...names) => names.flatMap((n) => [`**/${n}`, `**/${n}/*`]);

/** A `no-restricted-imports` rule that keeps a layer from importing the folders above it. */
function layer(files, above, message) {
  return {
    files,
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: folders(...above), message }] }],
    },
  };
}

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-single',
      'node_modules',
      'test-results',
      'playwright-report',
      'reports',
      '.stryker-tmp',
    ],
  },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', 'recharts', 'zustand', 'zustand/*'],
              message: 'The core stays free of UI libraries.',
            },
            { group: ['../*'], message: 'The core imports nothing from the rest of the app.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage'],
    },
  },
  {
    // Every word a reader sees comes from the catalogues (src/i18n/messages): a literal in JSX
    // text or in an attribute people read or hear is English that no other language would get.
    files: ['src/**/*.tsx'],
    ignores: ['src/**/*.test.tsx', 'src/test/**'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          'jsx-attributes': {
            include: [
              'aria-label',
              'aria-description',
              'aria-roledescription',
              'aria-valuetext',
              'title',
              'alt',
              'placeholder',
              'label',
              'caption',
              'name',
            ],
          },
          // Ids passed to functions inside JSX ({hidden('sweep') ? …}) are not words.
          callees: { exclude: ['t', 'hidden', 'useId', 'getElementById', 'querySelector'] },
          // Symbols, numbers and marks are the same in every language.
          // Message keys (charts.comparison.barOld) and TeX (\\theta) are not words either.
          words: {
            exclude: ['[^\\p{L}]*', '[θλτμσηkKnx]', '文A', '[a-z]+(\\.[a-zA-Z0-9]+)+', '.*\\\\.*'],
          },
        },
      ],
    },
  },
  layer(
    ['src/i18n/**/*.{ts,tsx}'],
    ['app', 'panels', 'charts', 'state', 'data', 'ui', 'core'],
    'Languages and their catalogues know nothing of the page that shows them.',
  ),
  layer(
    ['src/ui/**/*.{ts,tsx}'],
    ['app', 'panels', 'charts', 'state', 'data'],
    'Shared UI helpers import nothing above them (core types at most).',
  ),
  layer(
    ['src/data/**/*.{ts,tsx}'],
    ['app', 'panels', 'charts', 'state'],
    'Reading heights is plain parsing: it knows nothing of the page.',
  ),
  layer(
    ['src/charts/**/*.{ts,tsx}'],
    ['app', 'panels', 'state'],
    'Charts take plain props: no store, no panels, no app (shared helpers are in src/ui).',
  ),
  layer(
    ['src/state/**/*.{ts,tsx}'],
    ['app', 'panels', 'charts'],
    'State knows nothing of the components that read it (row types and helpers are in src/ui).',
  ),
  layer(
    ['src/panels/**/*.{ts,tsx}'],
    ['app'],
    'Panels sit below the app: what they need belongs in src/state or src/ui.',
  ),
);
