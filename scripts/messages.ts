/**
 * Message catalogues (src/i18n/messages/<language>.json, ICU MessageFormat) compiled at build time
 * by messageformat into a module of plain functions, one chunk per language. The page loads only
 * the chunk of the language it shows, and no parser ships to the browser.
 *
 * A catalogue is imported with the `?messages` query; the module id drops the `.json` so that
 * Vite's JSON handling leaves the compiled JavaScript alone.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import MessageFormat from '@messageformat/core';
import compileModule from '@messageformat/core/lib/compile-module.js';
import type { Plugin } from 'vite';

const QUERY = '?messages';
const PREFIX = '\0messages:';

/** The JavaScript module for one catalogue: its messages as functions of their placeholders. */
export function compileCatalogue(locale: string, source: string): string {
  const messages = JSON.parse(source) as Record<string, string>;
  // Strict: a plural case the language does not have (Chinese has no "one") is an error here,
  // at build time, not a wrong word on the page.
  return compileModule(new MessageFormat(locale, { strict: true }), messages);
}

export function messagesPlugin(): Plugin {
  return {
    name: 'messages',
    enforce: 'pre',
    resolveId(id, importer) {
      if (!id.endsWith(QUERY)) return null;
      const file = resolve(
        importer ? dirname(importer) : process.cwd(),
        id.slice(0, -QUERY.length),
      );
      return PREFIX + file.replace(/\.json$/, '');
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const file = `${id.slice(PREFIX.length)}.json`;
      this.addWatchFile(file);
      return compileCatalogue(basename(file, '.json'), readFileSync(file, 'utf8'));
    },
  };
}
