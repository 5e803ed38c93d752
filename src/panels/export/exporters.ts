/** Turning the run and the scenario into files: CSV of the trajectory, JSON of the scenario, SVG and PNG of a chart. */
import type { TrainResult } from '../../core/index';
import { areaIn, lengthIn } from '../../ui/format';
import type { LengthUnit } from '../../ui/format';
import { decodeLink, LINK_VERSION, SCENARIO_FIELDS } from '../../state/link';
import type { DecodedLink } from '../../state/link';
import type { Scenario } from '../../state/scenario';
import type { View } from '../../state/view';

/**
 * Every step of the run: step, phase, θ and the loss on each whole dataset, in the unit the page
 * shows (the header names it), so the file matches the charts it is read beside.
 */
export function trajectoryCsv(result: TrainResult, unit: LengthUnit = 'cm'): string {
  const lines = [`step,phase,theta_${unit},loss_old_${unit}2,loss_new_${unit}2`];
  for (let t = 0; t < result.theta.length; t++) {
    const phase = t === 0 ? 'init' : t <= result.boundary ? 'pretrain' : 'finetune';
    const theta = lengthIn(result.theta[t]!, unit);
    const lossOld = areaIn(result.lossOld[t]!, unit);
    const lossNew = areaIn(result.lossNew[t]!, unit);
    lines.push(`${t},${phase},${theta},${lossOld},${lossNew}`);
  }
  return lines.join('\n') + '\n';
}

export interface ScenarioFile {
  app: 'fine-tuning-playground';
  version: number;
  scenario: Scenario;
  view: Pick<View, 'oldLabel' | 'newLabel' | 'units' | 'hidden'>;
  /** Heights the user imported, in cm, which a link cannot carry. */
  imported?: {
    old?: { name: string; heights: number[] };
    new?: { name: string; heights: number[] };
  };
}

export function scenarioJson(
  scenario: Readonly<Scenario>,
  view: Readonly<View>,
  imported?: ScenarioFile['imported'],
): string {
  const file: ScenarioFile = {
    app: 'fine-tuning-playground',
    version: LINK_VERSION,
    scenario: { ...scenario },
    view: {
      oldLabel: view.oldLabel,
      newLabel: view.newLabel,
      units: view.units,
      hidden: [...view.hidden],
    },
    ...(imported && (imported.old || imported.new) ? { imported } : {}),
  };
  return JSON.stringify(file, null, 2) + '\n';
}

/**
 * Reads a scenario file back. Each field goes through the same checks as a link, so a hand-edited
 * file with a bad value loads with that value at its default and the field named.
 */
export function parseScenarioJson(
  text: string,
): DecodedLink & { imported: ScenarioFile['imported'] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error('This file is not valid JSON.');
  }
  if (typeof data !== 'object' || data === null || !('scenario' in data)) {
    throw new Error('This JSON file has no "scenario" in it; it was not saved by this page.');
  }
  const file = data as Partial<ScenarioFile>;
  const params = new URLSearchParams();
  params.set('v', String(file.version ?? LINK_VERSION));
  const sc = (file.scenario ?? {}) as Record<string, unknown>;
  for (const f of SCENARIO_FIELDS) {
    if (f.field in sc) params.set(f.key, String(sc[f.field]));
  }
  const view = (file.view ?? {}) as Partial<View>;
  if (typeof view.oldLabel === 'string') params.set('ol', view.oldLabel);
  if (typeof view.newLabel === 'string') params.set('nl', view.newLabel);
  if (typeof view.units === 'string') params.set('u', view.units);
  if (Array.isArray(view.hidden) && view.hidden.length) params.set('hide', view.hidden.join(','));
  const imported: ScenarioFile['imported'] = {};
  for (const which of ['old', 'new'] as const) {
    const part = (file.imported as Record<string, unknown> | undefined)?.[which] as
      { name?: unknown; heights?: unknown } | undefined;
    if (
      part &&
      Array.isArray(part.heights) &&
      part.heights.every((h) => typeof h === 'number' && Number.isFinite(h) && h > 0)
    ) {
      imported[which] = {
        name: typeof part.name === 'string' ? part.name.slice(0, 80) : 'imported heights',
        heights: part.heights as number[],
      };
    }
  }
  return { ...decodeLink(params.toString()), imported };
}

/** A chart's SVG as a standalone file: background and fonts set so it looks the same outside the page. */
export function chartSvg(figure: HTMLElement, background: string, textColor: string): string {
  const svg = figure.querySelector<SVGSVGElement>('.recharts-wrapper > svg.recharts-surface');
  if (!svg) throw new Error('This chart has nothing drawn to export.');
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const { width, height } = svg.getBoundingClientRect();
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(Math.round(width)));
  clone.setAttribute('height', String(Math.round(height)));
  clone.setAttribute('viewBox', `0 0 ${Math.round(width)} ${Math.round(height)}`);
  clone.setAttribute('font-family', 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif');
  clone.setAttribute('color', textColor);
  const bg = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', background);
  clone.insertBefore(bg, clone.firstChild);
  const title = figure.querySelector('h2')?.textContent;
  if (title) {
    const t = document.createElementNS('http://www.w3.org/2000/svg', 'title');
    t.textContent = title;
    clone.insertBefore(t, clone.firstChild);
  }
  return new XMLSerializer().serializeToString(clone);
}

/** Renders SVG text to a PNG at `scale` times its size (2× for slides). */
export async function svgToPng(svgText: string, scale = 2): Promise<Blob> {
  const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
  const root = doc.documentElement;
  const width = Number(root.getAttribute('width'));
  const height = Number(root.getAttribute('height'));
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.decoding = 'async';
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('The chart could not be turned into a picture.'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('This browser cannot draw to a canvas.');
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (b) => (b ? resolve(b) : reject(new Error('PNG encoding failed.'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function download(name: string, content: Blob | string, type = 'text/plain'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** An iframe that shows this scenario in another page; `minimal` drops the header and settings. */
export function embedSnippet(link: string, minimal: boolean): string {
  const url = new URL(link);
  if (minimal) url.searchParams.set('embed', '1');
  else url.searchParams.delete('embed');
  const src = url.toString().replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return `<iframe src="${src}" title="Fine-Tuning Playground" width="960" height="${minimal ? 640 : 900}" style="border:0" loading="lazy"></iframe>`;
}
