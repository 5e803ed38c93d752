/**
 * "Use your own data": the heights in use, and the form that reads new ones. The form (and the CSV
 * parser with it) is fetched the first time the section is opened or pointed at, so a visit that
 * never imports anything never downloads it.
 */
import { Suspense, useState } from 'react';
import { formatInt } from '../../ui/format';
import { retryableImport } from '../../ui/retryableImport';
import { retryableLazy } from '../../ui/retryableLazy';
import { PanelBoundary } from '../../ui/PanelBoundary';
import { removeImport } from '../../state/importing';
import { useAppStore } from '../../state/store';
import type { AppState } from '../../state/store';
import { formatPeople } from './formatPeople';

const importedSelector = (st: AppState) => st.imported;

const loadForm = retryableImport(() => import('./ImportForm'));
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
        Use your own data
      </summary>
      {(['old', 'new'] as const).map((w) =>
        imported[w] ? (
          <p key={w} className="import-active">
            The {w} data is your {formatInt(imported[w]!.n)}{' '}
            {imported[w]!.weights
              ? `rows (${formatPeople(imported[w]!.weights!.reduce((a, b) => a + b, 0))} people)`
              : 'heights'}{' '}
            from “{imported[w]!.name}”.{' '}
            <button type="button" onClick={() => removeImport(w)}>
              Use generated {w} data again
            </button>
          </p>
        ) : null,
      )}
      {opened ? (
        <PanelBoundary name="import form">
          <Suspense fallback={<p className="control-hint">Loading the import form…</p>}>
            <ImportForm />
          </Suspense>
        </PanelBoundary>
      ) : null}
    </details>
  );
}
