// The goals the page is held to, each beside what this run measured: the table the notes quote.
import { FLOOR_PATH, type Hand, type HandCase, type HandCell } from './hand.ts';
import type { LighthouseResult } from './lighthouse.ts';
import type { LoadResult } from './load.ts';
import type { PlaybackResult, PlaybackView } from './playback.ts';
import { fmt, table } from './report.ts';

export interface GoalRow {
  measure: string;
  goal: string;
  measured: string;
  met: boolean | null;
}

interface Parts {
  hand: (HandCase & { hand: Hand } & HandCell)[];
  playback: (PlaybackView & PlaybackResult)[];
  load: LoadResult | null;
  lighthouse: LighthouseResult | null;
}

const row = (
  measure: string,
  goal: number,
  value: number,
  unit = ' ms',
  atMost = true,
): GoalRow => ({
  measure,
  goal: `${atMost ? '≤' : '≥'} ${goal}${unit}`,
  measured: `${fmt(value, 0)}${unit}`,
  met: Number.isFinite(value) ? (atMost ? value <= goal : value >= goal) : null,
});

export function goalRows(p: Parts): GoalRow[] {
  const rows: GoalRow[] = [];
  for (const c of p.hand) {
    // The bare slider is what the page is compared with, not part of it.
    if (c.path === FLOOR_PATH) continue;
    const what = `${c.slider}, ${c.scenario}, ${c.hand}`;
    // Event Timing reports nothing under 16 ms: "16" means within the goal.
    rows.push(row(`${what}: input → next paint p95 (ET)`, 16, c.et.p95));
    rows.push(row(`${what}: θ's line and readout show it, p95`, 17, c.figures.p95));
  }
  for (const v of p.playback) {
    rows.push(row(`playback 1920×1080, ${v.view}: frame p95`, 17, v.p95));
    rows.push(row(`playback 1920×1080, ${v.view}: longest frame`, 33, v.longest));
  }
  if (p.load) {
    rows.push(row('first drift line after navigation (median)', 400, p.load.chartDrawnMedian));
    // 110 KB before the page spoke five languages; its first words may add at most 5 KB.
    rows.push(
      row(
        'JavaScript and CSS named in index.html, and the first words, gzipped',
        115,
        p.load.initialGzip / 1024,
        ' KB',
      ),
    );
  }
  if (p.lighthouse) {
    const m = p.lighthouse.median;
    rows.push(row('Lighthouse mobile: performance score', 95, m.score, '', false));
    rows.push(row('Lighthouse mobile: total blocking time', 150, m.tbt));
    rows.push(row('Lighthouse mobile: largest contentful paint', 1800, m.lcp));
    rows.push(row('Lighthouse mobile: time to interactive', 2500, m.tti));
  }
  return rows;
}

export function printGoals(rows: GoalRow[]): void {
  table(
    'Goals: each measure beside its goal',
    ['measure', 'goal', 'measured', 'met'],
    rows.map((r) => [r.measure, r.goal, r.measured, r.met === null ? '—' : r.met ? 'yes' : 'NO']),
  );
  const missed = rows.filter((r) => r.met === false).length;
  console.log(`${rows.length - missed} of ${rows.length} goals met.`);
}
