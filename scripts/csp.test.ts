// @vitest-environment node
// The CSP goes into the HTML of the folder actually built, exactly once, however often it is applied.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';
import { withCsp } from './csp.ts';

const cspTags = (html: string) => html.match(/http-equiv="Content-Security-Policy"/gi)?.length ?? 0;

const page = `<!doctype html>
<html>
  <head>
    <meta charset="UTF-8" />
    <style>body { color: red; }</style>
  </head>
  <body>
    <script type="module">console.log(1);</script>
  </body>
</html>`;

describe('withCsp', () => {
  it('adds one tag that allows the inline blocks by hash', () => {
    const html = withCsp(page);
    expect(cspTags(html)).toBe(1);
    expect(html).toMatch(/script-src 'self' 'sha256-[^']+'/);
    expect(html).toMatch(/style-src 'self' 'sha256-[^']+'/);
  });

  it('is idempotent: a second pass replaces the tag rather than adding another', () => {
    const once = withCsp(page);
    expect(withCsp(once)).toBe(once);
  });

  it('rehashes when the inline code changed since the last pass', () => {
    const changed = withCsp(page).replace('console.log(1)', 'console.log(2)');
    expect(withCsp(changed)).toBe(withCsp(page.replace('console.log(1)', 'console.log(2)')));
  });

  it('refuses a page with no charset to put the tag after, rather than ship it without a CSP', () => {
    expect(() => withCsp(page.replace('<meta charset="UTF-8" />', ''))).toThrow(/charset/);
  });
});

describe('the build', () => {
  // Both builds, since only the single file has inline code to hash; each takes a second or two.
  it.each(['production', 'single'])(
    'in %s mode writes one CSP into the chosen output folder and leaves the default one alone',
    async (mode) => {
      const root = resolve(import.meta.dirname, '..');
      const usual = join(root, mode === 'single' ? 'dist-single' : 'dist', 'index.html');
      const usualBefore = existsSync(usual) ? readFileSync(usual, 'utf8') : null;
      const outDir = mkdtempSync(join(tmpdir(), 'csp-build-'));
      try {
        await build({
          root,
          mode,
          configFile: join(root, 'vite.config.ts'),
          logLevel: 'silent',
          build: { outDir, emptyOutDir: true },
        });
        expect(cspTags(readFileSync(join(outDir, 'index.html'), 'utf8'))).toBe(1);
        expect(existsSync(usual) ? readFileSync(usual, 'utf8') : null).toBe(usualBefore);
      } finally {
        rmSync(outDir, { recursive: true, force: true });
      }
    },
    120_000,
  );
});
