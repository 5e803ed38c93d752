// Benchmark of the built page in real Chromium: slider latency, playback smoothness, load size and
// time to the first chart, and how the redraw cost scales with the data size and the step count.
// Each part is a module in bench/ui/; this file starts the server and the browser, runs the parts
// and writes the results.
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { type Browser, chromium } from '@playwright/test';
import { type RunningServer, startPreview } from '../scripts/previewServer.ts';
import {
  ARGS,
  BASE,
  BASELINE,
  BASELINE_PORT,
  ET_THRESHOLD,
  EXECUTABLE,
  ONLY,
  PORT,
  QUICK,
  RESULTS_DIR,
} from './ui/config.ts';
import { goalRows, printGoals } from './ui/goals.ts';
import { runHand } from './ui/hand.ts';
import { runLighthouse } from './ui/lighthouse.ts';
import { compareLoads, runLoad } from './ui/load.ts';
import { runPlayback } from './ui/playback.ts';
import { runScaling } from './ui/scaling.ts';
import { runSliders } from './ui/sliders.ts';

async function main(): Promise<void> {
  const started = Date.now();
  let server: RunningServer | null = null;
  let baselineServer: RunningServer | null = null;
  let browser: Browser | null = null;
  try {
    // The starter also stops the server if the benchmark is interrupted.
    server = await startPreview(PORT);
    browser = await chromium.launch({ executablePath: EXECUTABLE, args: ARGS });
    const loadBefore = loadavg()[0]!;
    console.log(
      `UI benchmark${QUICK ? ' (BENCH_QUICK: counts ÷5, 2 s playback)' : ''}: Chromium ${browser.version()}, ${BASE}; ` +
        `${availableParallelism()} CPUs, 1-min load average ${loadBefore.toFixed(2)}` +
        ' (other work on the machine inflates every figure)',
    );

    // 1. Slider latency.
    const sliders = ONLY.has('sliders') ? await runSliders(browser) : [];

    // 2. Playback.
    const playback = ONLY.has('playback') ? await runPlayback(browser) : null;

    // 3. Load.
    const load = ONLY.has('load') ? await runLoad(browser) : null;
    let loadAgainstBaseline = null;
    if (BASELINE && ONLY.has('load')) {
      baselineServer = await startPreview(BASELINE_PORT, undefined, BASELINE);
      loadAgainstBaseline = await compareLoads(browser, baselineServer.origin);
    }

    // 4. Scaling.
    const { bySize, bySteps } = ONLY.has('scale')
      ? await runScaling(browser)
      : { bySize: [], bySteps: [] };

    // 5. Inputs as a hand sends them.
    const hand = ONLY.has('hand') ? await runHand(browser) : [];

    // 6. Lighthouse, on a compressing server of its own next to the preview's port.
    const lighthouse = ONLY.has('lighthouse') ? await runLighthouse(PORT + 1) : null;

    const goals = goalRows({ hand, playback: playback ?? [], load, lighthouse });
    printGoals(goals);

    const seconds = (Date.now() - started) / 1000;
    mkdirSync(RESULTS_DIR, { recursive: true });
    // A partial run (BENCH_ONLY) must not overwrite the full record.
    const partial = process.env.BENCH_ONLY ? `-${[...ONLY].join('-')}` : '';
    const out = new URL(`ui${partial}.json`, RESULTS_DIR);
    writeFileSync(
      out,
      JSON.stringify(
        {
          date: new Date().toISOString(),
          quick: QUICK,
          chromium: browser.version(),
          seconds,
          cpus: availableParallelism(),
          loadAverage: { before: loadBefore, after: loadavg()[0] },
          method: {
            et: `Event Timing duration (keydown/input → next paint, 8 ms granularity); inputs with no entry (< ${ET_THRESHOLD} ms) recorded as ${ET_THRESHOLD}`,
            nextFrame: 'performance.now() in a capture-phase input listener → second rAF callback',
            handled:
              'capture-phase → bubble-phase input listener on window (React render + commit)',
            painted: 'input → a MessageChannel message posted from the first rAF (frame painted)',
            quantiles: 'nearest rank',
          },
          sliders,
          playback,
          load,
          loadAgainstBaseline: loadAgainstBaseline && {
            baseline: BASELINE,
            ...loadAgainstBaseline,
          },
          scaling: { bySize, bySteps },
          hand,
          lighthouse,
          goals,
        },
        null,
        2,
      ) + '\n',
    );
    console.log(
      `\nWrote bench/results/${out.pathname.split('/').pop()} in ${seconds.toFixed(0)} s ` +
        `(1-min load average ${loadBefore.toFixed(2)} before, ${loadavg()[0]!.toFixed(2)} after).`,
    );
  } finally {
    await browser?.close().catch(() => {});
    server?.stop();
    baselineServer?.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
