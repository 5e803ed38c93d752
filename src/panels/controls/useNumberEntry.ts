/**
 * A text field for a number that commits on Enter, on leaving the field, or after a short pause once
 * the text is a complete number in range, so "1e9" is not taken as the "1" typed on the way there.
 */
import { useEffect, useRef, useState } from 'react';
import type { ChangeEvent, KeyboardEvent } from 'react';
import { badEntryMessage, settleEntry } from './numberEntry';
import type { EntryRules } from './numberEntry';

/** How long typing must pause before a complete, valid entry applies by itself. */
export const PAUSE_MS = 800;

export interface NumberEntryOptions {
  /** The committed value in the field's own unit; null when there is none yet. */
  value: number | null;
  /** The field's text when nobody is typing in it. */
  text: string;
  rules: EntryRules;
  /** Applies a value in the field's unit, already in range. */
  commit: (value: number) => void;
  /** When given, an emptied field clears the value instead of being refused. */
  clear?: () => void;
  /** Arrow up and down: the value one visible step from `from`. */
  step?: (from: number, direction: 1 | -1) => number;
}

export interface NumberEntry {
  inputProps: {
    value: string;
    onChange: (e: ChangeEvent<HTMLInputElement>) => void;
    onBlur: () => void;
    onKeyDown: (e: KeyboardEvent<HTMLInputElement>) => void;
  };
  /** What the field did with the last entry, while the value it speaks of still stands. */
  message: string | null;
  /** Drops the text being typed and any message: another control has set the value. */
  reset: () => void;
}

const same = (a: number | null, b: number | null) =>
  a === b || (a !== null && b !== null && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a)));

export function useNumberEntry(o: NumberEntryOptions): NumberEntry {
  const [draft, setDraft] = useState<string | null>(null);
  const [note, setNote] = useState<{ message: string; about: number | null } | null>(null);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const stopTyping = () => {
    window.clearTimeout(timer.current);
    setDraft(null);
  };

  const settle = (text: string) => {
    stopTyping();
    if (o.clear && text.trim() === '') {
      o.clear();
      setNote(null);
      return;
    }
    const r = settleEntry(text, o.rules);
    if (r.kind === 'bad') {
      setNote({ message: badEntryMessage(text, o.value), about: o.value });
      return;
    }
    o.commit(r.value);
    setNote(r.kind === 'adjusted' ? { message: r.message, about: r.value } : null);
  };

  const onChange = (e: ChangeEvent<HTMLInputElement>) => {
    const text = e.target.value;
    setDraft(text);
    setNote(null);
    window.clearTimeout(timer.current);
    const r = settleEntry(text, o.rules);
    const commit = o.commit;
    if (r.kind === 'ok') timer.current = window.setTimeout(() => commit(r.value), PAUSE_MS);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      if (draft !== null) settle(draft);
    } else if (e.key === 'Escape' && draft !== null) {
      // Back to the last good value, the one the page is using (a pause may have applied part of
      // the edit). Handled here: the page's own Escape (closing the settings) must not fire too.
      e.preventDefault();
      e.stopPropagation();
      stopTyping();
      setNote(null);
    } else if ((e.key === 'ArrowUp' || e.key === 'ArrowDown') && o.step) {
      e.preventDefault();
      const typed = draft === null ? null : settleEntry(draft, o.rules);
      const from = typed && typed.kind !== 'bad' ? typed.value : o.value;
      if (from === null) return;
      stopTyping();
      setNote(null);
      o.commit(o.step(from, e.key === 'ArrowUp' ? 1 : -1));
    }
  };

  return {
    inputProps: {
      value: draft ?? o.text,
      onChange,
      onBlur: () => {
        if (draft !== null) settle(draft);
      },
      onKeyDown,
    },
    message: note && same(note.about, o.value) ? note.message : null,
    reset: () => {
      stopTyping();
      setNote(null);
    },
  };
}
