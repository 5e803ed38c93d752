/**
 * What the page knows about Galton's groups before his table loads: their names and the credit. The
 * table and its parser arrive later, and only when a real group is chosen (see galtonFamilies.ts).
 */
export const REAL_GROUPS = ['fathers', 'mothers', 'sons', 'daughters', 'men', 'women'] as const;
export type RealGroup = (typeof REAL_GROUPS)[number];

/** The short credit shown wherever the real heights are on screen. */
export const GALTON_CREDIT = 'Galton 1886; Hanley 2004; HistData';

export const CM_PER_INCH = 2.54;

/** Each group's heights in cm, in the table's order. */
export type GaltonGroups = Readonly<Record<RealGroup, Float64Array>>;
