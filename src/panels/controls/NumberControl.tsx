/** A labelled numeric setting: a range slider to drag and a number field for exact entry. */
import { memo, useId, useState } from 'react';
import type { ChangeEvent } from 'react';
import { formatSig, lengthFormat } from '../../app/format';
import type { LengthFormat } from '../../app/format';
import { useLengthFormat } from '../../app/useLengthFormat';
import { LOG_POSITIONS, positionToValue, valueToPosition } from './sliderScale';
import type { SliderScale } from './sliderScale';

export interface NumberControlProps {
  /** Visible label and accessible name of both inputs. */
  label: string;
  value: number;
  onChange: (value: number) => void;
  min: number;
  max: number;
  /** Step of a linear slider and of the number field. */
  step?: number;
  scale?: SliderScale;
  integer?: boolean;
  unit?: string;
  /** How the current value reads, e.g. "1,000 heights". */
  format?: (value: number) => string;
  /** A line under the control, e.g. "stable below 1.0". */
  hint?: string;
  disabled?: boolean;
  /** The value is a length held in cm but shown and typed in the page's length unit. */
  length?: boolean;
}

/** The value as the control shows it, with its unit: "η = 0.01", "170.0 cm". */
function shownText(props: NumberControlProps, units: LengthFormat): string {
  const { value, format = formatSig, length = false } = props;
  const unit = length ? units.unit : props.unit;
  return format(length ? units.toShown(value) : value) + (unit ? ` ${unit}` : '');
}

/**
 * Re-render only when something the control shows or needs has changed. Handlers and formatters
 * are new closures on every render of the group, so they are compared by what they produce: the
 * shown text. Handlers must therefore read any other setting from the store when they run.
 */
function sameControl(a: NumberControlProps, b: NumberControlProps): boolean {
  for (const k of Object.keys({ ...a, ...b }) as (keyof NumberControlProps)[]) {
    if (k === 'onChange' || k === 'format') continue;
    if (!Object.is(a[k], b[k])) return false;
  }
  // The length unit is not a prop: a switch re-renders the control through its own hook, so
  // comparing both texts in cm is enough here.
  return shownText(a, CM) === shownText(b, CM);
}

const CM = lengthFormat('cm');

/** Memoised: dragging one slider re-renders that control, not the twenty others beside it. */
export const NumberControl = memo(NumberControlView, sameControl);

function NumberControlView(props: NumberControlProps) {
  const { label, value, onChange, min, max, step = 1, scale = 'linear', integer = false } = props;
  const { hint, disabled, length = false } = props;
  const units = useLengthFormat();
  // Lengths are stored in cm; these convert to and from what the user sees and types.
  const shownOf = (v: number) => (length ? units.toShown(v) : v);
  const storedOf = (v: number) => (length ? units.fromShown(v) : v);
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const shown = shownText(props, units);

  const onSlide = (e: ChangeEvent<HTMLInputElement>) => {
    const p = Number(e.target.value);
    onChange(scale === 'linear' ? p : positionToValue(p, min, max, scale, integer));
    setDraft(null);
    setProblem(null);
  };

  const onType = (e: ChangeEvent<HTMLInputElement>) => {
    const text = e.target.value;
    setDraft(text);
    const v = storedOf(Number(text));
    const lo = formatSig(shownOf(min));
    const hi = formatSig(shownOf(max));
    if (text.trim() === '' || !Number.isFinite(v)) {
      setProblem(`Enter a number from ${lo} to ${hi}.`);
    } else if (v < min - 1e-9 || v > max + 1e-9) {
      setProblem(`${formatSig(shownOf(v))} is out of range: use ${lo} to ${hi}.`);
    } else if (integer && !Number.isInteger(v)) {
      setProblem('Enter a whole number.');
    } else {
      setProblem(null);
      onChange(Math.min(max, Math.max(min, v)));
    }
  };

  const sliderValue = scale === 'linear' ? value : valueToPosition(value, min, max, scale);
  return (
    <div className="control">
      <div className="control-head">
        <label htmlFor={`${id}-range`}>{label}</label>
        <output htmlFor={`${id}-range`} aria-hidden="true">
          {shown}
        </output>
      </div>
      <div className="control-inputs">
        <input
          id={`${id}-range`}
          type="range"
          min={scale === 'linear' ? min : 0}
          max={scale === 'linear' ? max : LOG_POSITIONS}
          step={scale === 'linear' ? step : 1}
          value={sliderValue}
          onChange={onSlide}
          aria-valuetext={shown}
          disabled={disabled}
        />
        <input
          type="number"
          aria-label={label}
          inputMode="decimal"
          min={shownOf(min)}
          max={shownOf(max)}
          step={integer ? 1 : 'any'}
          value={draft ?? String(Number(shownOf(value).toPrecision(length ? 5 : 8)))}
          onChange={onType}
          onBlur={() => {
            setDraft(null);
            setProblem(null);
          }}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-problem` : hint ? `${id}-hint` : undefined}
          disabled={disabled}
        />
      </div>
      {problem ? (
        <p id={`${id}-problem`} className="control-problem" role="alert">
          {problem}
        </p>
      ) : hint ? (
        <p id={`${id}-hint`} className="control-hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
