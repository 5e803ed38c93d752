/** The body of "Use your own data": paste or upload heights for either dataset, check them, then use them. */
import { useId, useState } from 'react';
import { t } from '../../i18n/catalogue';
import type { MessageKey } from '../../i18n/catalogue';
import { formatNumber } from '../../i18n/numbers';
import { formatInt, formatPeople } from '../../ui/format';
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

/** The apply button, by target and by whether unusable lines are dropped. */
const APPLY: Readonly<Record<'old' | 'new', { all: MessageKey; rest: MessageKey }>> = {
  old: { all: 'import.apply.old', rest: 'import.apply.rest.old' },
  new: { all: 'import.apply.new', rest: 'import.apply.rest.new' },
};

interface Draft {
  name: string;
  table: ParsedTable;
}

/** A column that can say how many people a row stands for: its first filled cells are numbers. */
function countColumn(table: ParsedTable, j: number): boolean {
  const cells = table.rows
    .slice(0, 20)
    .map((r) => (r.cells[j] ?? '').trim())
    .filter((c) => c !== '');
  return cells.length > 0 && cells.every((c) => Number.isFinite(Number(c.replace(',', '.'))));
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
      setError(t('import.error.lines', { limit: formatInt(MAX_IMPORT_VALUES) }));
      return;
    }
    const table = parseTable(content);
    if (table.rows.length === 0) {
      setError(t('import.error.none'));
      return;
    }
    if (table.rows.length > MAX_IMPORT_VALUES) {
      setError(
        t('import.error.rows', {
          count: table.rows.length,
          rows: formatInt(table.rows.length),
          limit: formatInt(MAX_IMPORT_VALUES),
        }),
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
      setError(
        t('import.error.fileSize', {
          size: formatInt(file.size / 2 ** 20),
          limit: formatInt(MAX_IMPORT_BYTES / 2 ** 20),
        }),
      );
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
      <div role="radiogroup" aria-label={t('import.target')} className="import-target">
        {(['old', 'new'] as const).map((w) => (
          <label key={w} className="check">
            <input
              type="radio"
              name={`${id}-which`}
              checked={which === w}
              onChange={() => setWhich(w)}
            />
            {t(w === 'old' ? 'import.target.old' : 'import.target.new')}
          </label>
        ))}
      </div>
      <label htmlFor={`${id}-paste`}>{t('import.paste')}</label>
      <textarea
        id={`${id}-paste`}
        rows={4}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <div className="button-row">
        <button
          type="button"
          onClick={() => read(text, t('import.pastedName'))}
          disabled={text.trim() === ''}
        >
          {t('import.check')}
        </button>
        <label className="file-button">
          {t('import.upload')}
          <input
            type="file"
            accept=".csv,.txt,.tsv,text/csv,text/plain"
            aria-label={t('import.upload.label')}
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
              {t('import.column')}
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
                {t('import.filter.where')}
                <select
                  value={filter ? String(filter.column) : ''}
                  onChange={(e) => chooseFilterColumn(e.target.value)}
                >
                  <option value="">{t('import.filter.every')}</option>
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
                  {t('import.filter.is')}
                  <select
                    value={filter.value}
                    onChange={(e) => setFilter({ ...filter, value: e.target.value })}
                  >
                    {filterChoices.values.map((v) => (
                      <option key={v.value} value={v.value}>
                        {t('import.filter.option', {
                          value: v.value === '' ? t('import.filter.empty') : v.value,
                          rows: formatInt(v.rows),
                        })}
                      </option>
                    ))}
                  </select>
                </label>
              ) : null}
              {filter && filterChoices?.more ? (
                <p className="control-hint">
                  {t('import.filter.onlyCommon', {
                    count: filterChoices.values.length,
                    n: formatInt(filterChoices.values.length),
                  })}
                </p>
              ) : null}
              <p data-testid="import-kept">
                {filter
                  ? t('import.kept', {
                      count: draft.table.rows.length,
                      keptCount: kept!.rows.length,
                      kept: formatInt(kept!.rows.length),
                      total: formatInt(draft.table.rows.length),
                    })
                  : t('import.kept.all', { total: formatInt(draft.table.rows.length) })}
              </p>
            </div>
          ) : null}
          {draft.table.columns.length > 1 ? (
            <label>
              {t('import.weight')}
              <select
                value={weighing === null ? '' : String(weighing)}
                onChange={(e) =>
                  setWeightColumn(e.target.value === '' ? null : Number(e.target.value))
                }
              >
                <option value="">{t('import.weight.one')}</option>
                {draft.table.columns.map((c, j) =>
                  j === column || !countColumn(draft.table, j) ? null : (
                    <option key={j} value={j}>
                      {t('import.weight.column', { column: c })}
                    </option>
                  ),
                )}
              </select>
            </label>
          ) : null}
          <div role="radiogroup" aria-label={t('import.units')} className="import-target">
            {(['cm', 'in'] as const).map((u) => (
              <label key={u} className="check">
                <input
                  type="radio"
                  name={`${id}-unit`}
                  checked={unit === u}
                  onChange={() => setUnit(u)}
                />
                {t(u === 'cm' ? 'import.units.cm' : 'import.units.in')}
              </label>
            ))}
          </div>
          <p data-testid="import-summary">
            {summary
              ? t(parsed.weights ? 'import.summary.rows' : 'import.summary.heights', {
                  count: parsed.values.length,
                  rows: formatInt(parsed.values.length),
                  peopleCount: summary.n,
                  people: formatPeople(summary.n),
                  n: formatInt(summary.n),
                  mean: units.length(summary.mean),
                  spread: units.length(Math.sqrt(summary.variance)),
                })
              : t('import.summary.none')}
          </p>
          {summary && unit === 'cm' && summary.mean > 40 && summary.mean < 100 ? (
            // An adult mean under a metre read as centimetres is almost surely inches.
            <p className="control-problem" role="status">
              {t('import.inches', { mean: formatInt(Math.round(summary.mean)) })}
            </p>
          ) : null}
          {badCount ? (
            <div className="import-problems">
              <p>{t('import.problems', { count: badCount, n: formatInt(badCount) })}</p>
              <ul tabIndex={0} aria-label={t('import.problems.label')}>
                {parsed.problems.map((p) => (
                  <li key={p.line}>
                    {t(p.text ? 'import.problem' : 'import.problem.empty', {
                      // As an editor numbers lines: no thousands groups.
                      line: formatNumber(p.line, { useGrouping: false }),
                      text: p.text,
                      reason: p.reason,
                    })}
                  </li>
                ))}
                {parsed.moreProblems ? (
                  <li>
                    {t('import.problems.more', {
                      count: parsed.moreProblems,
                      n: formatInt(parsed.moreProblems),
                    })}
                  </li>
                ) : null}
              </ul>
            </div>
          ) : null}
          <div className="button-row">
            <button
              type="button"
              disabled={!summary}
              onClick={() => {
                const named = filter
                  ? t('import.filteredName', {
                      name: draft.name,
                      column: draft.table.columns[filter.column] ?? '',
                      value: filter.value,
                    })
                  : draft.name;
                applyImport(which, parsed.values, named.slice(0, 80), parsed.weights);
                setDraft(null);
                setText('');
              }}
            >
              {badCount
                ? t(APPLY[which].rest, { count: badCount, n: formatInt(badCount) })
                : t(APPLY[which].all)}
            </button>
            <button type="button" onClick={cancel}>
              {t('import.cancel')}
            </button>
          </div>
        </div>
      ) : null}
    </>
  );
}
