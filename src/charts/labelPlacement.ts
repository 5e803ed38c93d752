/**
 * Where a chart's text labels go so that none covers another: each label offers its places in
 * the order it prefers them, the most important labels choose first, and a label with no free
 * place inside the plot is left out rather than drawn over a more important one.
 */

/** A box in pixels, y growing downwards as in SVG. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface LabelRequest {
  id: string;
  /** Higher chooses first and so keeps its preferred place. */
  priority: number;
  /** Places the label may take, best first. */
  candidates: readonly Box[];
}

/** Boxes that share any area (touching edges do not count). */
export function boxesOverlap(a: Readonly<Box>, b: Readonly<Box>): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

function inside(b: Readonly<Box>, area: Readonly<Box>): boolean {
  return (
    b.x0 >= area.x0 - 0.5 && b.x1 <= area.x1 + 0.5 && b.y0 >= area.y0 - 0.5 && b.y1 <= area.y1 + 0.5
  );
}

/**
 * The place each label gets, or null for one left out. Ties in priority keep the given order.
 *
 * @example
 * placeLabels([{ id: 'a', priority: 1, candidates: [box] }, { id: 'b', priority: 0, candidates: [box, below] }], area)
 * // a takes box; b, less important, moves to below
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  area: Readonly<Box>,
): Map<string, Box | null> {
  const order = requests
    .map((r, i) => ({ r, i }))
    .sort((a, b) => b.r.priority - a.r.priority || a.i - b.i);
  const placed: Box[] = [];
  const out = new Map<string, Box | null>();
  for (const { r } of order) {
    const free = r.candidates.find(
      (c) => inside(c, area) && !placed.some((p) => boxesOverlap(p, c)),
    );
    out.set(r.id, free ?? null);
    if (free) placed.push(free);
  }
  return out;
}

/** What a label is pinned to: a horizontal line at a height, a vertical rule at a step, or a corner. */
export type LabelAnchor =
  | { kind: 'hline'; y: number; prefer: 'above' | 'below'; edge: 'left' | 'right' }
  | { kind: 'vline'; x: number; edge: 'top' | 'bottom' }
  | { kind: 'corner'; corner: 'topLeft' | 'topRight' }
  | { kind: 'point'; x: number; y: number };

const GAP = 4;

/**
 * The places a label of the given size may take near its anchor, best first: on its preferred
 * side, then the other side, then stepped further away a line at a time.
 */
export function labelCandidates(
  anchor: Readonly<LabelAnchor>,
  width: number,
  height: number,
  area: Readonly<Box>,
  steps = 4,
): Box[] {
  const at = (x0: number, y0: number): Box => ({ x0, y0, x1: x0 + width, y1: y0 + height });
  const out: Box[] = [];
  if (anchor.kind === 'hline') {
    const x0 = anchor.edge === 'right' ? area.x1 - GAP - width : area.x0 + GAP;
    const above = anchor.y - GAP - height;
    const below = anchor.y + GAP;
    const [first, second] = anchor.prefer === 'above' ? [above, below] : [below, above];
    const dir = anchor.prefer === 'above' ? -1 : 1;
    out.push(at(x0, first), at(x0, second));
    for (let k = 1; k <= steps; k++) {
      out.push(at(x0, first + dir * k * height), at(x0, second - dir * k * height));
    }
  } else if (anchor.kind === 'vline') {
    const top = anchor.edge === 'top' ? area.y0 + GAP : area.y1 - GAP - height;
    const dir = anchor.edge === 'top' ? 1 : -1;
    for (let k = 0; k <= steps; k++) {
      const y0 = top + dir * k * height;
      out.push(at(anchor.x + GAP, y0), at(anchor.x - GAP - width, y0));
    }
  } else if (anchor.kind === 'point') {
    // Beside a marked point: right, left, above, below, then a line further up or down.
    const mid = anchor.y - height / 2;
    const right = anchor.x + 2 * GAP;
    const left = anchor.x - 2 * GAP - width;
    const centre = anchor.x - width / 2;
    out.push(at(right, mid), at(left, mid));
    out.push(at(centre, anchor.y - 2 * GAP - height), at(centre, anchor.y + 2 * GAP));
    for (let k = 1; k <= steps; k++) {
      out.push(at(right, mid - k * height), at(right, mid + k * height));
      out.push(at(left, mid - k * height), at(left, mid + k * height));
    }
  } else {
    const x0 = anchor.corner === 'topLeft' ? area.x0 + GAP : area.x1 - GAP - width;
    for (let k = 0; k <= steps; k++) out.push(at(x0, area.y0 + GAP + k * height));
  }
  return out;
}
