/**
 * Data that keeps arriving: its own section of the page, with the stream's controls, the chart of
 * θ per learner over the rounds, each learner's mean excess error, and who wins and why. Presenter
 * mode shows the θ chart alone, large (StreamStage).
 */
import { useDeferredValue, useEffect, useMemo, useRef } from 'react';
import { ChartFrame } from '../../charts/ChartFrame';
import { ChartLegend } from '../../charts/ChartLegend';
import { StreamChart } from '../../charts/StreamChart';
import type { StreamSeries } from '../../charts/StreamChart';
import { StreamErrorChart } from '../../charts/StreamErrorChart';
import { useStableDomain } from '../../charts/domain';
import { t } from '../../i18n/catalogue';
import { useQuestionOpen } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import type { AppState } from '../../state/store';
import { selectStreamBars, selectStreamRows, selectStreamRun } from '../../state/streamDerived';
import type { StreamSettings } from '../../state/streamSettings';
import { STREAM_LEARNERS } from '../../state/streamSettings';
import { usePalette } from '../../state/theme';
import { useLengthFormat } from '../../state/useLengthFormat';
import type { LengthFormat } from '../../ui/format';
import type { Palette } from '../../ui/palette';
import { RichMessage } from '../../ui/RichMessage';
import { StreamControls } from './StreamControls';
import { learnerLabel, streamVerdict } from './streamWords';

const streamSelector = (st: AppState) => st.stream;
const callsSelector = (st: AppState) => st.streamCalls;

/** The colour and dash of each learner, the same in the chart, its legend and the bars. */
function learnerSeries(
  s: Readonly<StreamSettings>,
  c: Palette,
  units: LengthFormat,
): StreamSeries[] {
  const look = {
    frozen: { color: c.muted, dash: '3 4' },
    latest: { color: c.new, dotsOnly: true },
    all: { color: c.learnerAll },
    window: { color: c.old, dash: '10 4', weight: 0.8 },
    finetune: { color: c.theta, weight: 0.9 },
    filter: { color: c.ideal, weight: 1.1 },
  } as const;
  return STREAM_LEARNERS.map((id) => ({ key: id, name: learnerLabel(id, s, units), ...look[id] }));
}

/** The settings the figures follow: a background render behind the controls while one is dragged. */
function useFiguresStream(): StreamSettings {
  return useDeferredValue(useAppStore(streamSelector));
}

function StreamVerdictText({ s }: { s: StreamSettings }) {
  const units = useLengthFormat();
  const questionOpen = useQuestionOpen();
  const d = selectStreamRun(s);
  const verdict = streamVerdict(d, s, units);
  // While the tour asks its question the winner would be its answer.
  if (questionOpen)
    return (
      <p className="stream-verdict" data-testid="stream-verdict">
        {t('stream.verdict.asking')}
      </p>
    );
  return (
    <div className="stream-verdict" data-testid="stream-verdict" aria-live="polite">
      <p className="stream-winner" data-winner={d.best}>
        {verdict.winner}
      </p>
      {verdict.versus ? <p className="stream-versus">{verdict.versus}</p> : null}
    </div>
  );
}

function StreamThetaFigure({ s, big }: { s: StreamSettings; big?: boolean }) {
  const palette = usePalette();
  const units = useLengthFormat();
  const d = selectStreamRun(s);
  const rows = selectStreamRows(d);
  const series = useMemo(() => learnerSeries(s, palette, units), [s, palette, units]);
  // The axis frames the population and its rounds: a learner that runs off (frozen under a long
  // walk, a diverging fine-tune) leaves the frame rather than squashing the lesson.
  let lo = Infinity;
  let hi = -Infinity;
  for (let k = 0; k < d.stream.mu.length; k++) {
    lo = Math.min(lo, d.stream.mu[k]!, d.stream.m[k]!);
    hi = Math.max(hi, d.stream.mu[k]!, d.stream.m[k]!);
  }
  const yDomain = useStableDomain([lo, hi]);
  const caption = t('stream.chart.caption', {
    rounds: s.rounds,
    batchCount: s.batch,
    n0Count: s.n0,
  });
  return (
    <ChartFrame
      id="stream"
      className={big ? 'chart-stream chart-big' : 'chart-stream'}
      title={t('stream.chart.title')}
      caption={caption}
      legend={
        <ChartLegend
          items={[
            { label: t('stream.chart.legend.trueMean'), color: palette.text, dash: '7 4' },
            { label: t('stream.chart.legend.roundMean'), color: palette.new, dot: true },
            ...series
              .filter((x) => !x.dotsOnly)
              .map((x) => ({ label: x.name, color: x.color, dash: x.dash })),
          ]}
        />
      }
    >
      <StreamChart
        rows={rows}
        series={series}
        dotColor={palette.new}
        yDomain={yDomain}
        palette={palette}
        units={units}
        big={big}
      />
    </ChartFrame>
  );
}

function StreamErrorFigure({ s }: { s: StreamSettings }) {
  const palette = usePalette();
  const units = useLengthFormat();
  const d = selectStreamRun(s);
  // New objects each render are fine here: the chart compares its props by value.
  const bars = selectStreamBars(d, learnerSeries(s, palette, units));
  return (
    <ChartFrame
      id="stream-errors"
      className="chart-stream-errors"
      title={t('stream.errors.title')}
      caption={t('stream.errors.caption', { count: s.rounds })}
    >
      <StreamErrorChart bars={bars} palette={palette} units={units} />
    </ChartFrame>
  );
}

/** Where the section was last brought into view from, so a panel drawn again does not jump there anew. */
let called = 0;

export function StreamSection() {
  const s = useFiguresStream();
  const calls = useAppStore(callsSelector);
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (calls <= called) return;
    called = calls;
    ref.current?.scrollIntoView?.({ block: 'start' });
  }, [calls]);
  return (
    <section
      className="stream-section"
      id="stream-section"
      aria-labelledby="stream-section-title"
      ref={ref}
    >
      <h2 id="stream-section-title" className="section-title" tabIndex={-1}>
        {t('stream.title')}
      </h2>
      <p className="lesson stream-intro">
        <RichMessage
          id="stream.intro.text"
          parts={{ lead: <strong>{t('stream.intro.lead')}</strong> }}
        />
      </p>
      <StreamVerdictText s={s} />
      <div className="stream-layout">
        <StreamControls />
        <div className="stream-figures">
          <StreamThetaFigure s={s} />
          <StreamErrorFigure s={s} />
        </div>
      </div>
    </section>
  );
}

/** The stream on stage (presenter mode, a tour step about it): who wins, and the θ chart, large for a projector. */
export function StreamStage({ big = true }: { big?: boolean }) {
  const s = useFiguresStream();
  return (
    <div className="stream-stage">
      <StreamVerdictText s={s} />
      <StreamThetaFigure s={s} big={big} />
    </div>
  );
}
