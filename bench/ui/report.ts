// Statistics of the measured times and the plain-text tables the benchmark prints.
import { ET_THRESHOLD } from './config.ts';

export function quantile(xs: number[], q: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  // Nearest rank: a value that was measured, never an interpolation between two.
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
}

export interface Stats {
  n: number;
  p50: number;
  p95: number;
  max: number;
}

export function stats(xs: number[]): Stats {
  return {
    n: xs.length,
    p50: quantile(xs, 0.5),
    p95: quantile(xs, 0.95),
    max: xs.length ? Math.max(...xs) : NaN,
  };
}

export const fmt = (v: number, digits = 1): string =>
  Number.isFinite(v) ? v.toFixed(digits) : '—';
/** An Event Timing figure: a value at the threshold means "not reported, so under 16 ms". */
export const fmtEt = (v: number): string => (v <= ET_THRESHOLD ? `≤${ET_THRESHOLD}` : fmt(v, 0));
export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} kB`;

export function table(title: string, head: string[], rows: string[][]): void {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(`\n${title}`);
  console.log(line(head));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}
