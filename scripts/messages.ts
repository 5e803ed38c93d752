/**
 * Message catalogues (src/i18n/messages/<language>.json, ICU MessageFormat) compiled at build time
 * by messageformat into modules of plain functions, two per language (see src/i18n/parts.ts). The
 * page loads only the language it shows, and no parser ships to the browser.
 *
 * A catalogue is imported as `<file>.json?messages=first` or `?messages=later`; the module id drops
 * the `.json` so that Vite's JSON handling leaves the compiled JavaScript alone.
 *
 * `?messages=name` is the language's name for itself alone (its catalogue's "language.self"), so
 * the menu can list every language without loading their words, or asking Intl.DisplayNames, whose
 * first use costs tens of milliseconds of the start-up.
 *
 * In a production build each key is also replaced by a short name, in the catalogues and in the
 * code that names it: keys such as "controls.data.new.size.label" are for people reading the
 * source, and spelled out they cost the start-up as many bytes as the words they stand for.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import MessageFormat from '@messageformat/core';
import compileModule from '@messageformat/core/lib/compile-module.js';
import type { Plugin } from 'vite';
import { partOf } from '../src/i18n/parts.ts';
import { LANGUAGE_KEY, openingLocale } from '../src/i18n/locales.ts';
import type { Part } from '../src/i18n/parts.ts';

const PREFIX = '\0messages:';
/** The key of a language's own name, which the page takes from the name module, never from a part. */
export const SELF_NAME_KEY = 'language.self';
const SOURCE = resolve(import.meta.dirname, '../src/i18n/messages/en.json');

/** The JavaScript module for one catalogue: its messages as functions of their placeholders. */
export function compileCatalogue(
  locale: string,
  source: string,
  part?: Part,
  rename: (key: string) => string = (k) => k,
): string {
  const all = JSON.parse(source) as Record<string, string>;
  const messages = Object.fromEntries(
    Object.entries(all)
      .filter(([key]) => key !== SELF_NAME_KEY && (part === undefined || partOf(key) === part))
      .map(([key, text]) => [rename(key), text]),
  );
  // Strict: a plural case the language does not have (Chinese has no "one") is an error here,
  // at build time, not a wrong word on the page.
  return compileModule(new MessageFormat(locale, { strict: true }), messages);
}

/** The module of a language's name for itself: `export default "Deutsch"`, the tag if it has none. */
export function selfNameModule(locale: string, source: string): string {
  const all = JSON.parse(source) as Record<string, string>;
  return `export default ${JSON.stringify(all[SELF_NAME_KEY] ?? locale)};\n`;
}

/** Short names for the English catalogue's keys, in its (sorted) order: "a", "b", … "10", … */
export function shortKeys(source: string): Map<string, string> {
  const keys = Object.keys(JSON.parse(source) as Record<string, string>);
  return new Map(keys.map((key, i) => [key, i.toString(36)]));
}

// A quoted string that could be a key: dotted lowerCamel words.
const KEY_LITERAL = /(['"])([a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)+)\1/g;

/** "words-de-first" for the chunk of German's first part, or null for any other chunk. */
export function wordsChunkName(facadeModuleId: string | null): string | null {
  if (!facadeModuleId?.startsWith(PREFIX)) return null;
  const [part, path] = facadeModuleId.slice(PREFIX.length).split(/:(.*)/s) as [Part, string];
  return `words-${basename(path)}-${part}`;
}

/**
 * A script for index.html that asks for the first words of the language the page will open in,
 * while the page's own script is still arriving: the same choice as the page's (openingLocale,
 * written out whole), and a module preload of that language's first part. It then makes a number
 * formatter for that language, so the browser's formatting data is loaded before the page needs it.
 * `first` maps each language, English first, to its files.
 */
export function preloadScript(first: Readonly<Record<string, readonly string[]>>): string {
  const have = JSON.stringify(Object.keys(first));
  return `(function () {
  try {
    var stored = null;
    try { stored = localStorage.getItem(${JSON.stringify(LANGUAGE_KEY)}); } catch (e) {}
    var opening = (${openingLocale.toString()})(location.search, stored, navigator.languages || [], ${have});
    var files = ${JSON.stringify(first)}[opening.locale] || [];
    for (var i = 0; i < files.length; i++) {
      var link = document.createElement('link');
      link.rel = 'modulepreload';
      link.href = files[i];
      document.head.appendChild(link);
    }
    // The browser loads its number-formatting data with the first Intl formatter: about 30 ms on a
    // laptop, four times that on a phone. Made here, that happens while the page's files are still
    // downloading, instead of inside the first render of the settings' numbers.
    new Intl.NumberFormat(opening.locale);
  } catch (e) {}
})();`;
}

export function messagesPlugin(): Plugin {
  let short: Map<string, string> | null = null;
  const rename = (key: string) => short?.get(key) ?? key;
  return {
    name: 'messages',
    enforce: 'pre',
    configResolved(config) {
      if (config.command === 'build') short = shortKeys(readFileSync(SOURCE, 'utf8'));
    },
    resolveId(id, importer) {
      const at = id.indexOf('?messages=');
      if (at < 0) return null;
      const part = id.slice(at + '?messages='.length);
      const file = resolve(importer ? dirname(importer) : process.cwd(), id.slice(0, at));
      return `${PREFIX}${part}:${file.replace(/\.json$/, '')}`;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const [part, path] = id.slice(PREFIX.length).split(/:(.*)/s) as [Part | 'name', string];
      const file = `${path}.json`;
      this.addWatchFile(file);
      const source = readFileSync(file, 'utf8');
      if (part === 'name') return selfNameModule(basename(path), source);
      return compileCatalogue(basename(path), source, part, rename);
    },
    // The single-file build carries every part inside, so it has nothing to ask for.
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle || !short) return html;
        const first: Record<string, string[]> = {};
        for (const chunk of Object.values(ctx.bundle)) {
          const name = chunk.type === 'chunk' ? wordsChunkName(chunk.facadeModuleId) : null;
          const m = name ? /^words-(.+)-first$/.exec(name) : null;
          // With the files it imports (the plural rules), so none waits for the part to be read.
          if (m && chunk.type === 'chunk')
            first[m[1]!] = [chunk.fileName, ...chunk.imports].map((f) => `./${f}`);
        }
        const tags = Object.keys(first);
        if (!tags.length) return html;
        const ordered = ['en', ...tags.filter((t) => t !== 'en').sort()].filter((t) => t in first);
        const script = preloadScript(Object.fromEntries(ordered.map((t) => [t, first[t]!])));
        // Last in the head: an inline script stops the parser while it runs (its first read of
        // localStorage can take tens of milliseconds), so the page's own files are asked for first.
        return html.replace('</head>', `  <script>${script}</script>\n  </head>`);
      },
    },
    transform(code, id) {
      if (!short || id.includes('node_modules') || !/\.[jt]sx?$/.test(id.split('?')[0]!))
        return null;
      let changed = false;
      const out = code.replace(KEY_LITERAL, (whole, quote: string, key: string) => {
        const name = short!.get(key);
        if (name === undefined) return whole;
        changed = true;
        return `${quote}${name}${quote}`;
      });
      return changed ? { code: out, map: null } : null;
    },
  };
}
