/**
 * "Use your own data": the heights in use, and the form that reads new ones. The form (and the CSV
 * parser with it) is fetched the first time the section is opened or pointed at, so a visit that
 * never imports anything never downloads it.
 */
import { Suspense, useState } from 'react';
import { t, withLaterMessages } from '../../i18n/catalogue';
import type { MessageKey } from '../../i18n/catalogue';
import { formatInt, formatPeople } from '../../ui/format';
import { retryableImport } from '../../ui/retryableImport';
import { retryableLazy } from '../../ui/retryableLazy';
import { PanelBoundary } from '../../ui/PanelBoundary';
import { removeImport } from '../../state/importing';
import { useAppStore } from '../../state/store';
import type { AppState } from '../../state/store';

const importedSelector = (st: AppState) => st.imported;

/** What each dataset is when the user's heights replace it, as plain heights or a frequency table. */
const ACTIVE: Readonly<Record<'old' | 'new', { heights: MessageKey; rows: MessageKey }>> = {
  old: { heights: 'import.active.old.heights', rows: 'import.active.old.rows' },
  new: { heights: 'import.active.new.heights', rows: 'import.active.new.rows' },
};
const GENERATED: Readonly<Record<'old' | 'new', MessageKey>> = {
  old: 'import.useGenerated.old',
  new: 'import.useGenerated.new',
};

const loadForm = retryableImport(withLaterMessages(() => import('./ImportForm')));
const ImportForm = retryableLazy(() => loadForm().then((m) => ({ default: m.ImportForm })));
/** Starts the download early (a pointer over the heading, a focus), so opening seldom waits. */
const prefetch = () => void loadForm().catch(() => {});

export function ImportPanel() {
  const imported = useAppStore(importedSelector);
  const [opened, setOpened] = useState(false);
  return (
    <details
      className="group import"
      onToggle={(e) => {
        if (e.currentTarget.open) setOpened(true);
      }}
    >
      <summary onPointerEnter={prefetch} onFocus={prefetch}>
        {t('import.title')}
      </summary>
      {(['old', 'new'] as const).map((w) => {
        const part = imported[w];
        if (!part) return null;
        const people = part.weights ? part.weights.reduce((a, b) => a + b, 0) : part.n;
        return (
          <p key={w} className="import-active">
            {t(part.weights ? ACTIVE[w].rows : ACTIVE[w].heights, {
              count: part.n,
              n: formatInt(part.n),
              peopleCount: people,
              people: formatPeople(people),
              name: part.name,
            })}{' '}
            <button type="button" onClick={() => removeImport(w)}>
              {t(GENERATED[w])}
            </button>
          </p>
        );
      })}
      {opened ? (
        <PanelBoundary name={t('import.formName')}>
          <Suspense fallback={<p className="control-hint">{t('import.loading')}</p>}>
            <ImportForm />
          </Suspense>
        </PanelBoundary>
      ) : null}
    </details>
  );
}
