/** A technical word with its plain meaning one click (or tap, or Enter) away, shown inline beside it. */
import { useId, useState } from 'react';
import type { ReactNode } from 'react';

export function Term({ children, word, tip }: { children: ReactNode; word: string; tip: string }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <span className="term">
      {children}
      <button
        type="button"
        className="term-q"
        aria-expanded={open}
        aria-controls={id}
        aria-label={`What is ${word}?`}
        title={`What is ${word}?`}
        onClick={() => setOpen(!open)}
      >
        ?
      </button>
      {open ? (
        <span id={id} className="term-tip" role="note">
          {tip}
        </span>
      ) : null}
    </span>
  );
}

/** The page's technical words in plain language, one line each. */
export const GLOSSARY = {
  excess:
    'Excess error: how much worse θ does than the best single guess for these people, (θ − μ)². Zero is perfect.',
  posterior:
    'Posterior: the Bayesian best guess for the new population after seeing both datasets, trusting the old data only as far as τ allows.',
  effectiveSize:
    'Effective size n_eff: how many new heights the old data is worth, once the two populations may differ by about τ.',
  holdout:
    'Hold-out: some new heights kept out of training and used only to check which step or λ predicts them best.',
  kfold:
    'k-fold cross-validation: split the new data into k parts, hold out each part in turn, and average the k checks.',
  oracle:
    'Oracle: a choice made knowing the ideal, which nobody knows in practice; it is the yardstick for the other rows.',
} as const;
