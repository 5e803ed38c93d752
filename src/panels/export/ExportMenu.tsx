/**
 * Export: every chart as SVG or PNG with its title and legend, light or dark; the run and the
 * comparison table as CSV; the scenario as JSON (and back); and an embed snippet.
 */
import { useRef, useState } from 'react';
import { t } from '../../i18n/catalogue';
import type { MessageKey } from '../../i18n/catalogue';
import { usePalette } from '../../state/theme';
import { DARK, LIGHT } from '../../ui/palette';
import { useEscape } from '../../ui/useEscape';
import { currentLink } from '../../state/shareLink';
import { selectIdeals, selectRun } from '../../state/derived';
import { strategyName } from '../../state/runs';
import { selectGoal } from '../../state/goal';
import { bestForGoal, selectComparison } from '../../state/lessons';
import { applyImport, importedHeights, removeImport } from '../../state/importing';
import { useAppStore } from '../../state/store';
import { canvasMeasure, composeChartSvg, figureParts } from './chartImage';
import { comparisonCsv, streamCsv, trajectoryCsv } from './csv';
import { selectStreamRun } from '../../state/streamDerived';
import { STREAM_LEARNERS } from '../../state/streamSettings';
import { download, embedSnippet, parseScenarioJson, scenarioJson, svgToPng } from './exporters';
import type { EmbedTarget } from './exporters';
import './export.css';

/** Every chart on the page, the deeper lessons' included, by the id of its figure. */
const CHARTS = [
  { id: 'drift', name: 'export.chart.drift' },
  { id: 'losses', name: 'export.chart.losses' },
  { id: 'data', name: 'export.chart.data' },
  { id: 'sweep', name: 'export.chart.sweep' },
  { id: 'compare', name: 'export.chart.compare' },
  { id: 'resample', name: 'export.chart.resample' },
  { id: 'similarity', name: 'export.chart.similarity' },
  { id: 'tradeoff', name: 'export.chart.tradeoff' },
  { id: 'stream', name: 'export.chart.stream' },
  { id: 'stream-errors', name: 'export.chart.streamErrors' },
] as const satisfies readonly { id: string; name: MessageKey }[];

/** Height the drift chart's plot gets in an embed, where it fills what the frame leaves. */
const EMBED_PLOT = 380;

/**
 * How tall an embed of the drift chart must be: the readout, the playback bar and the chart's
 * title, legend and caption as they are laid out now, plus the plot. The embed lets the plot take
 * whatever height is left, so a line wrapped differently in the frame shrinks the plot rather
 * than cutting off its axis.
 */
function driftEmbedHeight(): number {
  const h = (sel: string) => document.querySelector(sel)?.getBoundingClientRect().height ?? 0;
  const figure = h('#drift');
  const plot = h('#drift .chart-body');
  const around = figure ? figure - plot : 240;
  const parts = [h('.readout'), h('.playback'), h('.preset-banner')].filter((x) => x > 0);
  // The embed's padding above and below, and a gap between parts.
  const total = around + EMBED_PLOT + parts.reduce((a, b) => a + b, 0) + 16 * (parts.length + 2);
  return Math.min(1200, Math.max(520, Math.ceil(total / 10) * 10));
}

export default function ExportMenu({ onClose }: { onClose: () => void }) {
  const palette = usePalette();
  const [message, setMessage] = useState<string | null>(null);
  // Slides are light whatever the page shows; dark is there for dark slide decks.
  const [look, setLook] = useState<'light' | 'dark'>('light');
  const [target, setTarget] = useState<EmbedTarget>('drift');
  const fileRef = useRef<HTMLInputElement>(null);
  useEscape(onClose);

  const svgOf = (id: string) => {
    const fig = document.getElementById(id);
    if (!fig) throw new Error(t('export.error.notOnPage'));
    return composeChartSvg(
      figureParts(fig),
      palette,
      look === 'dark' ? DARK : LIGHT,
      canvasMeasure(),
    );
  };
  const suffix = look === 'dark' ? '-dark' : '';

  const guard = async (what: () => void | Promise<void>) => {
    try {
      await what();
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
    }
  };

  const loadFile = async (file: File) => {
    if (file.size > 1_000_000) throw new Error(t('export.error.tooLarge'));
    const decoded = parseScenarioJson(await file.text());
    const st = useAppStore.getState();
    st.loadScenario(decoded.scenario);
    for (const which of ['old', 'new'] as const) {
      const part = decoded.imported?.[which];
      if (part && part.heights.length) applyImport(which, part.heights, part.name, part.weights);
      else if (st.imported[which]) removeImport(which);
    }
    st.setView({
      oldLabel: decoded.view.oldLabel,
      newLabel: decoded.view.newLabel,
      units: decoded.view.units,
      hidden: decoded.view.hidden,
    });
    setMessage(
      decoded.ignored.length
        ? t('export.loaded.ignored', { list: decoded.ignored.join(t('app.link.separator')) })
        : t('export.loaded', { file: file.name }),
    );
  };

  const st = useAppStore.getState();
  return (
    <div className="export" role="dialog" aria-labelledby="export-title">
      <div className="export-head">
        <h2 id="export-title">{t('export.title')}</h2>
        <button type="button" onClick={onClose}>
          {t('export.close')}
        </button>
      </div>
      <fieldset className="export-look">
        <legend>{t('export.pictures')}</legend>
        {(['light', 'dark'] as const).map((l) => (
          <label key={l} className="check">
            <input
              type="radio"
              name="export-look"
              value={l}
              checked={look === l}
              onChange={() => setLook(l)}
            />
            {t(l === 'light' ? 'export.look.light' : 'export.look.dark')}
          </label>
        ))}
      </fieldset>
      <div className="export-grid">
        {CHARTS.map((c) => (
          <div key={c.id} className="export-row">
            <span>{t(c.name)}</span>
            <button
              type="button"
              onClick={() =>
                guard(() => download(`${c.id}${suffix}.svg`, svgOf(c.id), 'image/svg+xml'))
              }
            >
              SVG
            </button>
            <button
              type="button"
              onClick={() =>
                guard(async () =>
                  download(`${c.id}${suffix}@2x.png`, await svgToPng(svgOf(c.id), 2)),
                )
              }
            >
              PNG 2×
            </button>
          </div>
        ))}
        <CsvRow
          name={t('export.csv.trajectory')}
          file="trajectory.csv"
          onSave={guard}
          make={runCsv}
        />
        <CsvRow
          name={t('export.csv.comparison')}
          file="comparison.csv"
          onSave={guard}
          make={tableCsv}
        />
        <CsvRow name={t('export.csv.stream')} file="stream.csv" onSave={guard} make={roundsCsv} />
        <div className="export-row">
          <span>{t('export.scenario')}</span>
          <button
            type="button"
            onClick={() =>
              guard(() =>
                download(
                  'scenario.json',
                  scenarioJson(st.scenario, st.view, {
                    ...(importedHeights('old') ? { old: importedHeights('old')! } : {}),
                    ...(importedHeights('new') ? { new: importedHeights('new')! } : {}),
                  }),
                  'application/json',
                ),
              )
            }
          >
            {t('export.scenario.save')}
          </button>
          <button type="button" onClick={() => fileRef.current?.click()}>
            {t('export.scenario.load')}
          </button>
          <input
            ref={fileRef}
            type="file"
            accept="application/json,.json"
            hidden
            aria-label={t('export.scenario.file')}
            onChange={(e) => {
              const f = e.target.files?.[0];
              if (f) void guard(() => loadFile(f));
              e.target.value = '';
            }}
          />
        </div>
      </div>
      <EmbedSnippet target={target} onTarget={setTarget} />
      {message ? (
        <p className="control-hint" role="status">
          {message}
        </p>
      ) : null}
    </div>
  );
}

/** The run as the page shows it: its steps, with the means, the ideals and the strategy. */
function runCsv(): string {
  const { scenario: s, view } = useAppStore.getState();
  const run = selectRun(s);
  if (!run.result) throw new Error(t('export.error.noRun', { error: run.error ?? '' }));
  const ideals = selectIdeals(s);
  return trajectoryCsv(run.result, view.units, {
    oldMean: ideals.oldSummary.mean,
    newMean: ideals.newSummary.mean,
    idealEveryone: ideals.pooled,
    idealNew: ideals.posterior,
    tau: s.tau,
    goal: s.goal,
    strategy: strategyName(s),
  });
}

/** The deeper lessons' comparison table, with the row the page marks best. */
function tableCsv(): string {
  const { scenario: s, view } = useAppStore.getState();
  const rows = selectComparison(s);
  if (!rows.length) throw new Error(t('export.error.noComparison'));
  return comparisonCsv(rows, view.units, selectGoal(s).goal, bestForGoal(rows)?.label ?? null);
}

/** The stream's rounds with every learner's θ. */
function roundsCsv(): string {
  const { stream, view } = useAppStore.getState();
  const d = selectStreamRun(stream);
  return streamCsv(
    {
      mu: d.stream.mu,
      m: d.stream.m,
      learners: STREAM_LEARNERS.map((key) => ({ key, theta: d.paths[key].theta })),
    },
    view.units,
  );
}

function CsvRow(p: {
  name: string;
  file: string;
  make: () => string;
  onSave: (what: () => void) => void;
}) {
  return (
    <div className="export-row">
      <span>{p.name}</span>
      <button type="button" onClick={() => p.onSave(() => download(p.file, p.make(), 'text/csv'))}>
        CSV
      </button>
    </div>
  );
}

function EmbedSnippet({
  target,
  onTarget,
}: {
  target: EmbedTarget;
  onTarget: (t: EmbedTarget) => void;
}) {
  // Measured once per choice: the layout does not change while the menu is open.
  const [height] = useState(driftEmbedHeight);
  const { snippet, note } = embedSnippet(currentLink(), { target, height });
  return (
    <div className="export-embed">
      <label>
        {t('export.embed')}
        <select value={target} onChange={(e) => onTarget(e.target.value as EmbedTarget)}>
          <option value="drift">{t('export.embed.drift')}</option>
          <option value="page">{t('export.embed.page')}</option>
          <option value="full">{t('export.embed.full')}</option>
        </select>
      </label>
      {note ? <p className="export-note">{note}</p> : null}
      <label>
        {t('export.embed.snippet')}
        <textarea readOnly rows={4} value={snippet} onFocus={(e) => e.target.select()} />
      </label>
    </div>
  );
}
