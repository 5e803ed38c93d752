// The first screen must not show a word from a catalogue's later part: those arrive beside the
// code loaded later, and the code that shows them waits for them.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import en from './messages/en.json';
import { partOf } from './parts';

const SRC = resolve(__dirname, '..');

function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec);
  for (const file of [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`, base])
    if (/\.tsx?$/.test(file) && existsSync(file)) return file;
  return null;
}

const STATIC = /^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?from\s*)?['"]([^'"]+)['"]/gm;
const DYNAMIC = /import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The files a module pulls in without a dynamic import, and the dynamic imports they make. */
function reach(entry: string) {
  const files = new Set<string>();
  const lazy: { from: string; target: string; line: string }[] = [];
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const src = readFileSync(file, 'utf8');
    for (const m of src.matchAll(STATIC)) {
      const r = resolveImport(file, m[1]!);
      if (r) visit(r);
    }
    for (const m of src.matchAll(DYNAMIC)) {
      const r = resolveImport(file, m[1]!);
      const line = src.slice(src.lastIndexOf('\n', m.index) + 1, src.indexOf('\n', m.index));
      if (r) lazy.push({ from: file, target: r, line });
    }
  };
  visit(entry);
  return { files, lazy };
}

const KEY = /['"]([a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)+)['"]/g;
const keysIn = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(KEY)].map((m) => m[1]!).filter((k) => k in en);

/**
 * First-screen files that name later words, each with the panel that shows them: that panel
 * waits for them (useLaterWords) and shows a short "Loading…" until they arrive.
 */
const SHOWN_BY_A_WAITING_PANEL: Record<string, string> = {
  'state/presets.ts': 'panels/lecture/TourPanel.tsx',
  'state/view.ts': 'panels/lecture/LectureBuilder.tsx',
  'panels/Term.tsx': 'panels/Term.tsx',
};

describe('the two parts of a catalogue', () => {
  const startup = reach(resolve(SRC, 'main.tsx'));

  it('each panel that shows later words on the first screen waits for them', () => {
    for (const panel of new Set(Object.values(SHOWN_BY_A_WAITING_PANEL)))
      expect(readFileSync(resolve(SRC, panel), 'utf8'), panel).toContain('useLaterWords()');
  });

  it('the first screen’s code names no key of the later part, but where a panel waits', () => {
    const early = [...startup.files]
      .filter((f) => !(relative(SRC, f) in SHOWN_BY_A_WAITING_PANEL))
      .flatMap((f) =>
        keysIn(f)
          .filter((k) => partOf(k) === 'later')
          .map((k) => `${relative(SRC, f)}: ${k}`),
      );
    expect(startup.files.size).toBeGreaterThan(50);
    expect(early).toEqual([]);
  });

  it('code loaded later that shows later words waits for them', () => {
    const unwaited = startup.lazy
      .filter(({ target }) => {
        const { files } = reach(target);
        return [...files].some(
          (f) => !startup.files.has(f) && keysIn(f).some((k) => partOf(k) === 'later'),
        );
      })
      .filter(({ line }) => !line.includes('withLaterMessages'))
      .map(({ from, target }) => `${relative(SRC, from)} → ${relative(SRC, target)}`);
    expect(unwaited).toEqual([]);
  });

  it('each part holds words: the split is not all on one side', () => {
    const parts = Object.keys(en).map(partOf);
    expect(parts.filter((p) => p === 'first').length).toBeGreaterThan(100);
    expect(parts.filter((p) => p === 'later').length).toBeGreaterThan(100);
  });
});
