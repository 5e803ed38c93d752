// The page's Content-Security-Policy, written into the built HTML: no inline script, no eval, no connections.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

const sha256 = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** A CSP meta tag with the whitespace before it, whatever the order of its attributes. */
const CSP_META = /\s*<meta\b[^>]*\bhttp-equiv\s*=\s*["']?Content-Security-Policy["']?[^>]*>/gi;

/**
 * Puts a CSP meta tag right after the charset, replacing any there was, so applying it twice gives
 * one tag whose hashes fit the HTML as it is now. Inline `<script>` and `<style>` blocks (the
 * single-file build has them) are allowed by their hashes, never by 'unsafe-inline'.
 */
export function withCsp(html: string): string {
  const bare = html.replace(CSP_META, '');
  const charset = /(<meta charset="[^"]*"\s*\/?>)/i;
  // The tag must come before anything it governs; without a charset there is no safe place.
  if (!charset.test(bare)) throw new Error('The HTML has no <meta charset> to put the CSP after.');
  const scripts = [...bare.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)]
    .filter((m) => !/\bsrc=/.test(m[0].slice(0, m[0].indexOf('>'))) && m[1]!.length > 0)
    .map((m) => sha256(m[1]!));
  const styles = [...bare.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => sha256(m[1]!));
  const policy = [
    "default-src 'none'",
    `script-src 'self' ${scripts.join(' ')}`.trim(),
    `style-src 'self' ${styles.join(' ')}`.trim(),
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
  return bare.replace(charset, `$1\n    ${meta}`);
}

/**
 * Writes the CSP into the built index.html once every other plugin has finished with it (the
 * single-file plugin inlines code while the bundle is generated, so the hashes are taken from the
 * written file). The folder is the resolved `build.outDir`, so `vite build --outDir x` gets it too.
 */
export function cspPlugin(): Plugin {
  let outDir: string | null = null;
  return {
    name: 'content-security-policy',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    // Called only once the files are written: not for a failed build, nor with `build.write: false`.
    writeBundle() {
      const file = resolve(outDir!, 'index.html');
      writeFileSync(file, withCsp(readFileSync(file, 'utf8')));
    },
  };
}
