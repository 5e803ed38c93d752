// Part 6: Lighthouse's mobile audit of the built page served compressed, as a phone in a lecture
// hall would load it (its default mobile setting: a mid-range phone's CPU, 4× slower, on slow 4G,
// simulated). Median of three runs, since one audit varies by several points.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { ARGS, EXECUTABLE, LIGHTHOUSE_RUNS } from './config.ts';
import { serveGzipped } from './gzipServer.ts';
import { fmt, quantile, table } from './report.ts';

export interface LighthouseRun {
  score: number;
  fcp: number;
  lcp: number;
  tbt: number;
  tti: number;
  si: number;
  cls: number;
  /** The longest main-thread tasks Lighthouse names, with where they start. */
  longTasks: { url: string; ms: number }[];
  unusedJsKiB: number;
}

export interface LighthouseResult {
  runs: LighthouseRun[];
  median: Omit<LighthouseRun, 'longTasks'>;
}

const num = (audits: Record<string, { numericValue?: number }>, id: string) =>
  audits[id]?.numericValue ?? NaN;

export async function measureLighthouse(port: number): Promise<LighthouseResult> {
  const server = await serveGzipped(port);
  const runs: LighthouseRun[] = [];
  try {
    for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
      // A fresh browser each run: nothing cached from the one before.
      const chrome = await chromeLauncher.launch({
        chromePath: EXECUTABLE,
        chromeFlags: ['--headless=new', ...ARGS],
      });
      try {
        const result = await lighthouse(`${server.origin}/`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance'],
        });
        if (!result) throw new Error('Lighthouse returned no result');
        const lhr = result.lhr;
        const audits = lhr.audits as unknown as Record<
          string,
          { numericValue?: number; details?: { items?: Record<string, unknown>[] } }
        >;
        const tasks = (audits['long-tasks']?.details?.items ?? []) as {
          url?: string;
          duration?: number;
        }[];
        const unused = (audits['unused-javascript']?.details?.items ?? []) as {
          wastedBytes?: number;
        }[];
        runs.push({
          score: Math.round((lhr.categories.performance?.score ?? NaN) * 100),
          fcp: num(audits, 'first-contentful-paint'),
          lcp: num(audits, 'largest-contentful-paint'),
          tbt: num(audits, 'total-blocking-time'),
          tti: num(audits, 'interactive'),
          si: num(audits, 'speed-index'),
          cls: num(audits, 'cumulative-layout-shift'),
          longTasks: tasks
            .slice(0, 5)
            .map((t) => ({ url: (t.url ?? '').replace(server.origin, ''), ms: t.duration ?? NaN })),
          unusedJsKiB: unused.reduce((a, u) => a + (u.wastedBytes ?? 0), 0) / 1024,
        });
      } finally {
        chrome.kill();
      }
    }
  } finally {
    await server.close();
  }
  const med = (f: (r: LighthouseRun) => number) => quantile(runs.map(f), 0.5);
  return {
    runs,
    median: {
      score: med((r) => r.score),
      fcp: med((r) => r.fcp),
      lcp: med((r) => r.lcp),
      tbt: med((r) => r.tbt),
      tti: med((r) => r.tti),
      si: med((r) => r.si),
      cls: med((r) => r.cls),
      unusedJsKiB: med((r) => r.unusedJsKiB),
    },
  };
}

/** Part 6: runs the audits and prints their table. */
export async function runLighthouse(port: number): Promise<LighthouseResult> {
  const lh = await measureLighthouse(port);
  const row = (name: string, r: Omit<LighthouseRun, 'longTasks'>) => [
    name,
    String(r.score),
    fmt(r.fcp, 0),
    fmt(r.lcp, 0),
    fmt(r.tbt, 0),
    fmt(r.tti, 0),
    fmt(r.si, 0),
    fmt(r.cls, 3),
    fmt(r.unusedJsKiB, 0),
  ];
  table(
    `6. Lighthouse 12 mobile (simulated 4× CPU, slow 4G), served gzipped, ${lh.runs.length} runs (ms)`,
    ['run', 'score', 'FCP', 'LCP', 'TBT', 'TTI', 'speed index', 'CLS', 'unused JS KiB'],
    [...lh.runs.map((r, i) => row(String(i + 1), r)), row('median', lh.median)],
  );
  const longest = lh.runs.flatMap((r) => r.longTasks).sort((a, b) => b.ms - a.ms)[0];
  if (longest)
    console.log(`Longest task in any run: ${fmt(longest.ms, 0)} ms in ${longest.url || '(page)'}`);
  return lh;
}
