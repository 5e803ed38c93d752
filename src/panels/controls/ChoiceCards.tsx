/** A radio group drawn as cards, each with a name and a line saying what it means. */
import { t } from '../../i18n/catalogue';
import type { MessageKey } from '../../i18n/catalogue';

/** One card: its value, and the messages of its name and its line. */
export interface Choice<V extends string> {
  value: V;
  label: MessageKey;
  blurb: MessageKey;
}

export function ChoiceCards<V extends string>(props: {
  name: string;
  /** The group's accessible name, already in the language on show. */
  label: string;
  choices: readonly Choice<V>[];
  value: V;
  onChange: (value: V) => void;
  hidden?: boolean;
}) {
  const { name, label, choices, value, onChange, hidden } = props;
  return (
    <div role="radiogroup" aria-label={label} className="strategies" hidden={hidden}>
      {choices.map((c) => (
        <label key={c.value} className={`strategy ${value === c.value ? 'is-on' : ''}`}>
          <input
            type="radio"
            name={name}
            value={c.value}
            checked={value === c.value}
            onChange={() => onChange(c.value)}
          />
          <span>
            <strong>{t(c.label)}</strong>
            <small>{t(c.blurb)}</small>
          </span>
        </label>
      ))}
    </div>
  );
}
