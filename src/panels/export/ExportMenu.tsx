/** Export: each chart as SVG or PNG, the run as CSV, the scenario as JSON (and back), and an embed snippet. */
import { useRef, useState } from 'react';
import { usePalette } from '../../state/theme';
import { useEscape } from '../../ui/useEscape';
import { currentLink } from '../../state/shareLink';
import { selectRun } from '../../state/derived';
import { applyImport, importedHeights, removeImport } from '../../state/importing';
import { useAppStore } from '../../state/store';
import {
  chartSvg,
  download,
  embedSnippet,
  parseScenarioJson,
  scenarioJson,
  svgToPng,
  trajectoryCsv,
} from './exporters';

const CHARTS = [
  { id: 'drift', name: 'Drift chart' },
  { id: 'losses', name: 'Loss chart' },
  { id: 'data', name: 'Data chart' },
  { id: 'sweep', name: 'Size sweep' },
] as const;

export default function ExportMenu({ onClose }: { onClose: () => void }) {
  const palette = usePalette();
  const [message, setMessage] = useState<string | null>(null);
  const [minimal, setMinimal] = useState(true);
  const fileRef = useRef<HTMLInputElement>(null);
  useEscape(onClose);

  const svgOf = (id: string) => {
    const fig = document.getElementById(id);
    if (!fig) throw new Error('That chart is hidden; show it to export it.');
    return chartSvg(fig, palette.surface, palette.text);
  };

  const guard = async (what: () => void | Promise<void>) => {
    try {
      await what();
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
    }
  };

  const loadFile = async (file: File) => {
    if (file.size > 1_000_000)
      throw new Error('That file is too large to be a scenario (over 1 MB).');
    const decoded = parseScenarioJson(await file.text());
    const st = useAppStore.getState();
    st.loadScenario(decoded.scenario);
    for (const which of ['old', 'new'] as const) {
      const part = decoded.imported?.[which];
      if (part && part.heights.length) applyImport(which, part.heights, part.name);
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
        ? `Loaded, but these settings were invalid and are at their defaults: ${decoded.ignored.join('; ')}.`
        : `Loaded ${file.name}.`,
    );
  };

  const st = useAppStore.getState();
  return (
    <div className="export" role="dialog" aria-labelledby="export-title">
      <div className="export-head">
        <h2 id="export-title">Export</h2>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      <div className="export-grid">
        {CHARTS.map((c) => (
          <div key={c.id} className="export-row">
            <span>{c.name}</span>
            <button
              type="button"
              onClick={() => guard(() => download(`${c.id}.svg`, svgOf(c.id), 'image/svg+xml'))}
            >
              SVG
            </button>
            <button
              type="button"
              onClick={() =>
                guard(async () => download(`${c.id}@2x.png`, await svgToPng(svgOf(c.id), 2)))
              }
            >
              PNG 2×
            </button>
          </div>
        ))}
        <div className="export-row">
          <span>Trajectory</span>
          <button
            type="button"
            onClick={() =>
              guard(() => {
                const { scenario, view } = useAppStore.getState();
                const run = selectRun(scenario);
                if (!run.result) throw new Error(`There is no run to export: ${run.error}`);
                download('trajectory.csv', trajectoryCsv(run.result, view.units), 'text/csv');
              })
            }
          >
            CSV
          </button>
        </div>
        <div className="export-row">
          <span>Scenario</span>
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
            Save JSON
          </button>
          <button type="button" onClick={() => fileRef.current?.click()}>
            Load JSON…
          </button>
          <input
            ref={fileRef}
            type="file"
            accept="application/json,.json"
            hidden
            aria-label="Scenario file to load"
            onChange={(e) => {
              const f = e.target.files?.[0];
              if (f) void guard(() => loadFile(f));
              e.target.value = '';
            }}
          />
        </div>
      </div>
      <div className="export-embed">
        <label className="check">
          <input type="checkbox" checked={minimal} onChange={(e) => setMinimal(e.target.checked)} />
          Minimal chrome (no header or settings)
        </label>
        <label>
          Embed snippet
          <textarea
            readOnly
            rows={3}
            value={embedSnippet(currentLink(), minimal)}
            onFocus={(e) => e.target.select()}
          />
        </label>
      </div>
      {message ? (
        <p className="control-hint" role="status">
          {message}
        </p>
      ) : null}
    </div>
  );
}
