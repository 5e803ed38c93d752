/**
 * Galton's family table, bundled with the page but imported only when a real group is chosen: it
 * then arrives as its own small file (or, in the single-file build, from inside the page), never
 * from another site. See galton/README.md for the sources.
 */
import csv from './galton/galton-families.csv?raw';
import { parseGaltonGroups } from './galtonGroups';
import type { GaltonGroups } from './realGroups';

export const galtonGroups: GaltonGroups = parseGaltonGroups(csv);
