/** A labelled numeric setting: a range slider to drag and a number field for exact entry. */
import { useId, useState } from 'react';
import type { ChangeEvent } from 'react';
import { formatSig } from '../../app/format';
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
}

export function NumberControl(props: NumberControlProps) {
  const { label, value, onChange, min, max, step = 1, scale = 'linear', integer = false } = props;
  const { unit, format = formatSig, hint, disabled } = props;
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const shown = format(value) + (unit ? ` ${unit}` : '');

  const onSlide = (e: ChangeEvent<HTMLInputElement>) => {
    const p = Number(e.target.value);
    onChange(scale === 'linear' ? p : positionToValue(p, min, max, scale, integer));
    setDraft(null);
    setProblem(null);
  };

  const onType = (e: ChangeEvent<HTMLInputElement>) => {
    const text = e.target.value;
    setDraft(text);
    const v = Number(text);
    if (text.trim() === '' || !Number.isFinite(v)) {
      setProblem(`Enter a number from ${formatSig(min)} to ${formatSig(max)}.`);
    } else if (v < min || v > max) {
      setProblem(`${formatSig(v)} is out of range: use ${formatSig(min)} to ${formatSig(max)}.`);
    } else if (integer && !Number.isInteger(v)) {
      setProblem('Enter a whole number.');
    } else {
      setProblem(null);
      onChange(v);
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
          min={min}
          max={max}
          step={integer ? 1 : 'any'}
          value={draft ?? String(Number(value.toPrecision(8)))}
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
