/** A radio group drawn as cards, each with a name and a line saying what it means. */

export interface Choice<V extends string> {
  value: V;
  label: string;
  blurb: string;
}

export function ChoiceCards<V extends string>(props: {
  name: string;
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
            <strong>{c.label}</strong>
            <small>{c.blurb}</small>
          </span>
        </label>
      ))}
    </div>
  );
}
