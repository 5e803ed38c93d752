/** A technical word with its plain meaning one click (or tap, or Enter) away, shown inline beside it. */
import { useId, useState } from 'react';
import type { ReactNode } from 'react';
import { t, useLaterWords } from '../i18n/catalogue';
import type { MessageKey } from '../i18n/catalogue';

/** `word` as it reads in the question "What is …?"; `tip`, the message that answers it. */
export function Term({
  children,
  word,
  tip,
}: {
  children: ReactNode;
  word: string;
  tip: MessageKey;
}) {
  const id = useId();
  const [open, setOpen] = useState(false);
  // The tips are among the later words (see src/i18n/parts.ts).
  const words = useLaterWords();
  const question = t('words.term.whatIs', { word });
  return (
    <span className="term">
      {children}
      <button
        type="button"
        className="term-q"
        aria-expanded={open}
        aria-controls={id}
        aria-label={question}
        title={question}
        onClick={() => setOpen(!open)}
      >
        ?
      </button>
      {open ? (
        <span id={id} className="term-tip" role="note">
          {words ? t(tip) : t('lecture.loadingWords')}
        </span>
      ) : null}
    </span>
  );
}

/** The page's technical words in plain language, one line each: the messages that explain them. */
export const GLOSSARY = {
  excess: 'words.glossary.excess',
  posterior: 'words.glossary.posterior',
  effectiveSize: 'words.glossary.effectiveSize',
  holdout: 'words.glossary.holdout',
  kfold: 'words.glossary.kfold',
  oracle: 'words.glossary.oracle',
} as const satisfies Record<string, MessageKey>;
