/**
 * The charts' file (and Recharts with it), requested before anything else on the page runs, so it
 * downloads while React paints the controls and the readout. main.tsx imports this first.
 */
import { firstChartDrawnSignal } from '../panels/figures/firstChart';
import { retryableImport } from '../ui/retryableImport';
import { withLaterMessages } from '../i18n/catalogue';

/** The charts' module: the request made at start, or a new one if that failed (see Try again). */
export const loadFigures = retryableImport(
  withLaterMessages(() => import('../panels/figures/index')),
);
export const figuresModule = loadFigures();

/** Long enough for the drift chart on a slow laptop; past it, the rest loads anyway (the chart may be hidden). */
const FIRST_CHART_WAIT_MS = 2_000;

/**
 * Resolves once the drift chart has been drawn (or after a while if it never is). The formulas
 * and the deeper lessons load after this, so they do not compete with the first chart for the
 * main thread.
 */
export const afterFirstChart: Promise<void> = figuresModule.then(
  () =>
    Promise.race([
      firstChartDrawnSignal,
      new Promise<void>((r) => setTimeout(r, FIRST_CHART_WAIT_MS)),
    ]),
  // Without the charts' file no chart will be drawn; the formulas and lessons need not wait, and
  // must not inherit its failure (their own retries would fail on it for good).
  () => undefined,
);
