/**
 * Galton's family records as groups of people: the fathers and mothers (one each per family, though
 * the table repeats them on every child's row), the sons and the daughters, and men and women
 * together. Plain parsing, by papaparse; heights come out in cm. Imported only with the table, so
 * the parser never weighs on a visit that does not use it.
 */
import Papa from 'papaparse';
import { CM_PER_INCH } from './realGroups';
import type { GaltonGroups } from './realGroups';

interface Row {
  family: string;
  father: string;
  mother: string;
  gender: string;
  childHeight: string;
}

function inchesToCm(cell: string, line: number, column: string): number {
  const v = Number(cell);
  if (!Number.isFinite(v) || v <= 0) {
    throw new Error(`Galton's table, line ${line}: ${column} "${cell}" is not a height`);
  }
  return v * CM_PER_INCH;
}

/**
 * Reads the family table (a CSV with a header naming at least `family`, `father`, `mother`,
 * `gender` and `childHeight`, heights in inches) into its six groups. Throws on a row it cannot
 * read: the table ships with the page, so a bad row is a broken file, not a user's typo.
 *
 * @example
 * parseGaltonGroups('family,father,mother,gender,childHeight\n1,70,64,male,69\n1,70,64,female,63\n')
 *   .fathers; // Float64Array [177.8]: the father once, though he is on two rows
 */
export function parseGaltonGroups(csv: string): GaltonGroups {
  const parsed = Papa.parse<Row>(csv.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  });
  const fathers: number[] = [];
  const mothers: number[] = [];
  const sons: number[] = [];
  const daughters: number[] = [];
  const seen = new Set<string>();
  parsed.data.forEach((row, i) => {
    const line = i + 2;
    const family = (row.family ?? '').trim();
    if (!family) throw new Error(`Galton's table, line ${line}: no family`);
    if (!seen.has(family)) {
      seen.add(family);
      fathers.push(inchesToCm(row.father, line, 'father'));
      mothers.push(inchesToCm(row.mother, line, 'mother'));
    }
    const child = inchesToCm(row.childHeight, line, 'childHeight');
    if (row.gender === 'male') sons.push(child);
    else if (row.gender === 'female') daughters.push(child);
    else throw new Error(`Galton's table, line ${line}: gender "${row.gender}"`);
  });
  return {
    fathers: Float64Array.from(fathers),
    mothers: Float64Array.from(mothers),
    sons: Float64Array.from(sons),
    daughters: Float64Array.from(daughters),
    men: Float64Array.from([...fathers, ...sons]),
    women: Float64Array.from([...mothers, ...daughters]),
  };
}
