/** The body of "Use your own data": paste or upload heights for either dataset, check them, then use them. */
import { useId, useState } from 'react';
import { formatInt } from '../../ui/format';
import { formatPeople } from './formatPeople';
import { useLengthFormat } from '../../state/useLengthFormat';
import {
  columnValues,
  filterRows,
  heightsFromColumn,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_VALUES,
  parseTable,
} from '../../data/parseHeights';
import type { LengthUnit } from '../../core/index';
import type { ParsedTable, RowFilter } from '../../data/parseHeights';
import { summarize, summarizeWeighted } from '../../core/index';
import { applyImport } from '../../state/importing';

interface Draft {
  name: string;
  table: ParsedTable;
}

export function ImportForm() {
  const id = useId();
  const units = useLengthFormat();
  const [which, setWhich] = useState<'old' | 'new'>('new');
  const [text, setText] = useState('');
  const [draft, setDraft] = useState<Draft | null>(null);
  const [column, setColumn] = useState(0);
  const [unit, setUnit] = useState<LengthUnit>('cm');
  /** Keep only the rows where this column holds this value; null keeps every row. */
  const [filter, setFilter] = useState<RowFilter | null>(null);
  /** A frequency table's column of how many people each row stands for; null: one each. */
  const [weightColumn, setWeightColumn] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  const read = (content: string, name: string) => {
    setError(null);
    // Count lines before parsing, so an oversized paste is refused at once instead of freezing the tab.
    let lines = 1;
    for (
      let i = content.indexOf('\n');
      i !== -1 && lines <= MAX_IMPORT_VALUES + 1;
      i = content.indexOf('\n', i + 1)
    )
      lines++;
    if (lines > MAX_IMPORT_VALUES + 1) {
      setError(
        `That is more than ${formatInt(MAX_IMPORT_VALUES)} lines; the limit is ${formatInt(MAX_IMPORT_VALUES)} heights. Use a sample of them.`,
      );
      return;
    }
    const table = parseTable(content);
    if (table.rows.length === 0) {
      setError('No heights found: paste one height per line, or a CSV with a column of heights.');
      return;
    }
    if (table.rows.length > MAX_IMPORT_VALUES) {
      setError(
        `That is ${formatInt(table.rows.length)} rows; the limit is ${formatInt(MAX_IMPORT_VALUES)}. Use a sample of them.`,
      );
      return;
    }
    // Preselect the first column that holds numbers.
    const numeric = table.columns.findIndex((_, j) =>
      table.rows.slice(0, 20).some((r) => Number.isFinite(Number(r.cells[j]))),
    );
    setColumn(Math.max(0, numeric));
    setFilter(null);
    setWeightColumn(null);
    setDraft({ name, table });
  };

  const onFile = async (file: File) => {
    if (file.size > MAX_IMPORT_BYTES) {
      setError(`That file is ${(file.size / 2 ** 20).toFixed(0)} MB; the limit is 50 MB.`);
      return;
    }
    read(await file.text(), file.name);
  };

  const kept = draft ? filterRows(draft.table, filter) : null;
  const weighing = weightColumn !== null && weightColumn !== column ? weightColumn : null;
  const parsed = kept ? heightsFromColumn(kept, column, unit, 200, weighing) : null;
  const filterChoices = draft && filter ? columnValues(draft.table, filter.column) : null;
  const chooseFilterColumn = (value: string) => {
    if (!draft || value === '') return setFilter(null);
    const c = Number(value);
    setFilter({ column: c, value: columnValues(draft.table, c).values[0]?.value ?? '' });
  };
  const summary =
    parsed && parsed.values.length
      ? parsed.weights
        ? summarizeWeighted(parsed.values, parsed.weights)
        : summarize(parsed.values)
      : null;
  const badCount = parsed ? parsed.problems.length + parsed.moreProblems : 0;
  const cancel = () => {
    setDraft(null);
    setError(null);
  };

  return (
    <>
      <div role="radiogroup" aria-label="Replace which dataset" className="import-target">
        {(['old', 'new'] as const).map((w) => (
          <label key={w} className="check">
            <input
              type="radio"
              name={`${id}-which`}
              checked={which === w}
              onChange={() => setWhich(w)}
            />
            {w === 'old' ? 'Old data' : 'New data'}
          </label>
        ))}
      </div>
      <label htmlFor={`${id}-paste`}>Paste heights (one per line, or CSV)</label>
      <textarea
        id={`${id}-paste`}
        rows={4}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <div className="button-row">
        <button
          type="button"
          onClick={() => read(text, 'pasted heights')}
          disabled={text.trim() === ''}
        >
          Check pasted heights
        </button>
        <label className="file-button">
          Upload a file…
          <input
            type="file"
            accept=".csv,.txt,.tsv,text/csv,text/plain"
            aria-label="Upload a file of heights"
            onChange={(e) => {
              const f = e.target.files?.[0];
              if (f) void onFile(f);
              e.target.value = '';
            }}
          />
        </label>
      </div>
      {error ? (
        <p className="control-problem" role="alert">
          {error}
        </p>
      ) : null}
      {draft && parsed ? (
        <div className="import-preview" aria-live="polite">
          {draft.table.columns.length > 1 ? (
            <label>
              Column
              <select value={column} onChange={(e) => setColumn(Number(e.target.value))}>
                {draft.table.columns.map((c, j) => (
                  <option key={j} value={j}>
                    {c}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          {draft.table.columns.length > 1 ? (
            <div className="import-filter">
              <label>
                Keep only rows where
                <select
                  value={filter ? String(filter.column) : ''}
                  onChange={(e) => chooseFilterColumn(e.target.value)}
                >
                  <option value="">(every row)</option>
                  {draft.table.columns.map((c, j) =>
                    j === column ? null : (
                      <option key={j} value={j}>
                        {c}
                      </option>
                    ),
                  )}
                </select>
              </label>
              {filter && filterChoices ? (
                <label>
                  is
                  <select
                    value={filter.value}
                    onChange={(e) => setFilter({ ...filter, value: e.target.value })}
                  >
                    {filterChoices.values.map((v) => (
                      <option key={v.value} value={v.value}>
                        {v.value === '' ? '(empty)' : v.value} ({formatInt(v.rows)})
                      </option>
                    ))}
                  </select>
                </label>
              ) : null}
              {filter && filterChoices?.more ? (
                <p className="control-hint">
                  Only the {filterChoices.values.length} most common values are offered.
                </p>
              ) : null}
              <p data-testid="import-kept">
                {filter
                  ? `Keeping ${formatInt(kept!.rows.length)} of ${formatInt(draft.table.rows.length)} rows.`
                  : `Every row: ${formatInt(draft.table.rows.length)}.`}
              </p>
            </div>
          ) : null}
          {draft.table.columns.length > 1 ? (
            <label>
              Each row stands for
              <select
                value={weighing === null ? '' : String(weighing)}
                onChange={(e) =>
                  setWeightColumn(e.target.value === '' ? null : Number(e.target.value))
                }
              >
                <option value="">one person</option>
                {draft.table.columns.map((c, j) =>
                  j === column ? null : (
                    <option key={j} value={j}>
                      the number of people in “{c}”
                    </option>
                  ),
                )}
              </select>
            </label>
          ) : null}
          <div role="radiogroup" aria-label="Units of the heights" className="import-target">
            {(['cm', 'in'] as const).map((u) => (
              <label key={u} className="check">
                <input
                  type="radio"
                  name={`${id}-unit`}
                  checked={unit === u}
                  onChange={() => setUnit(u)}
                />
                {u === 'cm' ? 'centimetres' : 'inches'}
              </label>
            ))}
          </div>
          <p data-testid="import-summary">
            {summary
              ? `${parsed.weights ? `${formatInt(parsed.values.length)} rows standing for ${formatPeople(summary.n)} people` : `${formatInt(summary.n)} heights`}, mean ${units.length(summary.mean)}, spread ${units.length(Math.sqrt(summary.variance))}.`
              : 'No usable heights in this column.'}
          </p>
          {summary && unit === 'cm' && summary.mean > 40 && summary.mean < 100 ? (
            // An adult mean under a metre read as centimetres is almost surely inches.
            <p className="control-problem" role="status">
              A mean of {formatInt(Math.round(summary.mean))} cm is not an adult height: if these
              are inches, choose inches above.
            </p>
          ) : null}
          {badCount ? (
            <div className="import-problems">
              <p>
                {formatInt(badCount)} {badCount === 1 ? 'line is' : 'lines are'} not usable:
              </p>
              <ul tabIndex={0} aria-label="Unusable lines">
                {parsed.problems.map((p) => (
                  <li key={p.line}>
                    Line {p.line}: {p.text ? `“${p.text}”` : '(empty)'} — {p.reason}
                  </li>
                ))}
                {parsed.moreProblems ? <li>… and {formatInt(parsed.moreProblems)} more</li> : null}
              </ul>
            </div>
          ) : null}
          <div className="button-row">
            <button
              type="button"
              disabled={!summary}
              onClick={() => {
                const named = filter
                  ? `${draft.name}, ${draft.table.columns[filter.column]} = ${filter.value}`
                  : draft.name;
                applyImport(which, parsed.values, named.slice(0, 80), parsed.weights);
                setDraft(null);
                setText('');
              }}
            >
              {badCount ? `Drop the ${formatInt(badCount)} and use the rest` : 'Use these heights'}{' '}
              as the {which} data
            </button>
            <button type="button" onClick={cancel}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
    </>
  );
}
