/**
 * Reading heights that a user pastes or uploads: a CSV (with or without a header) or a plain list,
 * parsed by papaparse. Every cell that is not a plausible height is reported with its line number,
 * so the user can drop those lines or cancel.
 */
import Papa from 'papaparse';
import type { LengthUnit } from '../core/index';
import { t } from '../i18n/catalogue';
import { formatInt } from '../ui/format';

export const MAX_IMPORT_VALUES = 1_000_000;
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** Plausible adult heights, generously: anything outside is a typo or the wrong unit. */
export const PLAUSIBLE_CM = { min: 40, max: 280 } as const;

export interface Problem {
  /** 1-based line in the pasted text or file. */
  line: number;
  text: string;
  /** Why the cell cannot be used, in the language on show: "not a number". */
  reason: string;
}

export interface ParsedTable {
  /** Column names: the header's, or "Column 1", "Column 2", … (in the language on show) without one. */
  columns: string[];
  hasHeader: boolean;
  /** Data rows (header excluded), with their 1-based line numbers. */
  rows: { line: number; cells: string[] }[];
}

export interface ParsedHeights {
  /** Heights in cm, in file order. */
  values: number[];
  /** With a weight column: how many people each height stands for, beside `values`. */
  weights?: number[];
  problems: Problem[];
  /** Problems beyond those listed (the list is capped to stay readable). */
  moreProblems: number;
}

const numberLike = (s: string) =>
  s.trim() !== '' && Number.isFinite(Number(s.trim().replace(',', '.')));

/** Splits text into rows and columns and decides whether the first row is a header. */
export function parseTable(text: string): ParsedTable {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    skipEmptyLines: false,
    delimitersToGuess: [',', '\t', ';', '|'],
  });
  const raw = result.data.map((cells, i) => ({ line: i + 1, cells: cells.map((c) => String(c)) }));
  // A trailing newline leaves an empty last row.
  while (raw.length && raw[raw.length - 1]!.cells.every((c) => c.trim() === '')) raw.pop();
  // A loop, not Math.max(...rows): a million arguments would overflow the call stack.
  let width = 1;
  for (const r of raw) if (r.cells.length > width) width = r.cells.length;
  const first = raw[0];
  const hasHeader =
    !!first && first.cells.some((c) => c.trim() !== '') && first.cells.every((c) => !numberLike(c));
  const columns = Array.from({ length: width }, (_, j) =>
    hasHeader && first!.cells[j]?.trim()
      ? first!.cells[j]!.trim()
      : t('data.column', { index: formatInt(j + 1) }),
  );
  return { columns, hasHeader, rows: hasHeader ? raw.slice(1) : raw };
}

/**
 * The heights in one column, converted to cm, with every unusable cell reported. With
 * `weightColumn` the table is a frequency table: that column says how many people each row stands
 * for (fractions allowed, as in grouped historical data), and a row whose weight is missing, not a
 * number or not above 0 is reported too.
 */
export function heightsFromColumn(
  table: ParsedTable,
  column: number,
  unit: LengthUnit,
  maxProblems = 200,
  weightColumn: number | null = null,
): ParsedHeights {
  const values: number[] = [];
  const weights: number[] = [];
  const problems: Problem[] = [];
  let more = 0;
  const report = (p: Problem) => (problems.length < maxProblems ? problems.push(p) : more++);
  const factor = unit === 'in' ? 2.54 : 1;
  for (const row of table.rows) {
    const cell = (row.cells[column] ?? '').trim();
    if (cell === '') {
      report({ line: row.line, text: '', reason: t('data.problem.empty') });
      continue;
    }
    const v = Number(cell.replace(',', '.'));
    if (!Number.isFinite(v)) {
      report({ line: row.line, text: cell, reason: t('data.problem.notNumber') });
    } else if (v <= 0) {
      report({ line: row.line, text: cell, reason: t('data.problem.notPositive') });
    } else if (v * factor < PLAUSIBLE_CM.min || v * factor > PLAUSIBLE_CM.max) {
      report({ line: row.line, text: cell, reason: t('data.problem.implausible', { unit }) });
    } else if (weightColumn === null) {
      values.push(v * factor);
    } else {
      const wCell = (row.cells[weightColumn] ?? '').trim();
      const w = Number(wCell.replace(',', '.'));
      if (wCell === '') {
        report({ line: row.line, text: cell, reason: t('data.problem.noWeight') });
      } else if (!Number.isFinite(w)) {
        report({ line: row.line, text: wCell, reason: t('data.problem.weightNotNumber') });
      } else if (w <= 0) {
        report({ line: row.line, text: wCell, reason: t('data.problem.weightNotPositive') });
      } else {
        values.push(v * factor);
        weights.push(w);
      }
    }
  }
  return weightColumn === null
    ? { values, problems, moreProblems: more }
    : { values, weights, problems, moreProblems: more };
}

/** Keep only the rows whose cell in `column` is `value` (compared trimmed, ignoring case). */
export interface RowFilter {
  column: number;
  value: string;
}

const cellKey = (cell: string | undefined) => (cell ?? '').trim().toLowerCase();

/**
 * The table with only the rows the filter keeps, their line numbers unchanged, so problems in the
 * kept rows are still reported where they are in the file. No filter keeps every row.
 */
export function filterRows(table: ParsedTable, filter: RowFilter | null): ParsedTable {
  if (!filter) return table;
  const want = cellKey(filter.value);
  return { ...table, rows: table.rows.filter((r) => cellKey(r.cells[filter.column]) === want) };
}

/**
 * The different values in a column, most frequent first, with how many rows hold each: what a
 * filter can choose from. A column of measurements has too many to offer, so at most `max`.
 */
export function columnValues(
  table: ParsedTable,
  column: number,
  max = 40,
): { values: { value: string; rows: number }[]; more: boolean } {
  const counts = new Map<string, { value: string; rows: number }>();
  for (const r of table.rows) {
    const key = cellKey(r.cells[column]);
    const had = counts.get(key);
    if (had) had.rows++;
    else counts.set(key, { value: (r.cells[column] ?? '').trim(), rows: 1 });
  }
  const values = [...counts.values()].sort((a, b) => b.rows - a.rows);
  return { values: values.slice(0, max), more: values.length > max };
}
