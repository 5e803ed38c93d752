/** Turning the scenario into files and back: JSON of the scenario, a PNG of a chart's SVG, a download, the embed snippet. */
import { decodeLink, LINK_VERSION, SCENARIO_FIELDS } from '../../state/link';
import type { DecodedLink } from '../../state/link';
import type { Scenario } from '../../state/scenario';
import type { View } from '../../state/view';
import { t } from '../../i18n/catalogue';
import { EMBED_DRIFT_HIDES } from './embedParts';

/** One dataset's imported heights in cm, with how many people each stands for in a frequency table. */
export interface ImportedPart {
  name: string;
  heights: number[];
  weights?: number[];
}

export interface ScenarioFile {
  app: 'fine-tuning-playground';
  version: number;
  scenario: Scenario;
  view: Pick<View, 'oldLabel' | 'newLabel' | 'units' | 'hidden'>;
  /** Heights the user imported, in cm, which a link cannot carry. */
  imported?: {
    old?: ImportedPart;
    new?: ImportedPart;
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
    throw new Error(t('export.error.notJson'));
  }
  if (typeof data !== 'object' || data === null || !('scenario' in data)) {
    throw new Error(t('export.error.noScenario'));
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
      { name?: unknown; heights?: unknown; weights?: unknown } | undefined;
    const positive = (list: unknown): list is number[] =>
      Array.isArray(list) &&
      list.every((h) => typeof h === 'number' && Number.isFinite(h) && h > 0);
    if (part && positive(part.heights)) {
      // Weights that do not match the heights one for one are dropped rather than guessed at.
      const weights =
        positive(part.weights) && part.weights.length === part.heights.length
          ? part.weights
          : undefined;
      imported[which] = {
        name: typeof part.name === 'string' ? part.name.slice(0, 80) : t('export.importedName'),
        heights: part.heights,
        ...(weights ? { weights } : {}),
      };
    }
  }
  return { ...decodeLink(params.toString()), imported };
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
      img.onerror = () => reject(new Error(t('export.error.picture')));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error(t('export.error.canvas'));
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (b) => (b ? resolve(b) : reject(new Error(t('export.error.png')))),
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

export type EmbedTarget = 'drift' | 'page' | 'full';

export interface EmbedOptions {
  /** The drift chart with its readout and playback, the page without header and settings, or all. */
  target: EmbedTarget;
  /** Height in px of what the drift embed shows, measured on the page. */
  height: number;
}

/** Sizes of the iframe for each target; the whole page scrolls inside its frame. */
export const EMBED_WIDTH = 960;
const PAGE_HEIGHT = 900;

/** Text as an HTML attribute's value inside double quotes. */
const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** Where a page opened from disk puts the address it will be hosted at, for the user to replace. */
const HOSTED = 'HOSTED-PAGE-ADDRESS';

/**
 * An iframe that shows this scenario in another page. A page opened from disk has no address
 * another site can load, so from a file:// link this gives an explanation and a snippet whose
 * address is a placeholder for wherever the page is hosted.
 */
export function embedSnippet(
  link: string,
  opts: EmbedOptions,
): { snippet: string; note: string | null } {
  const url = new URL(link);
  url.searchParams.delete('embed');
  if (opts.target !== 'full') url.searchParams.set('embed', '1');
  if (opts.target === 'drift') {
    const hidden = new Set((url.searchParams.get('hide') ?? '').split(',').filter(Boolean));
    for (const id of EMBED_DRIFT_HIDES) hidden.add(id);
    url.searchParams.set('hide', [...hidden].join(','));
  }
  const fromFile = url.protocol === 'file:';
  const address = fromFile ? `${HOSTED}/${url.search}` : url.toString();
  const src = escapeAttribute(address);
  const height = opts.target === 'drift' ? Math.round(opts.height) : PAGE_HEIGHT;
  const title = escapeAttribute(t('app.title'));
  const snippet = `<iframe src="${src}" title="${title}" width="${EMBED_WIDTH}" height="${height}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
  const note = fromFile ? t('export.embed.fromFile', { placeholder: HOSTED }) : null;
  return { snippet, note };
}
