/** A labelled numeric setting: a range slider to drag and a number field for exact entry. */
import { memo, useId } from 'react';
import type { ChangeEvent, KeyboardEvent } from 'react';
import { formatNumber } from '../../i18n/numbers';
import { formatSig, lengthFormat } from '../../ui/format';
import type { LengthFormat } from '../../ui/format';
import { useLengthFormat } from '../../state/useLengthFormat';
import { LOG_POSITIONS, positionToValue, stepSlider, valueToPosition } from './sliderScale';
import type { SliderScale, SliderSpec } from './sliderScale';
import { useNumberEntry } from './useNumberEntry';

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

const ARROWS: Partial<Record<string, 1 | -1>> = {
  ArrowRight: 1,
  ArrowUp: 1,
  ArrowLeft: -1,
  ArrowDown: -1,
};

/**
 * In the phone's settings sheet a field can sit at the sheet's lower edge, with its message just
 * out of sight: bring the message into view when it appears. Module-level, so React calls it once
 * per message rather than on every render.
 */
const revealMessage = (el: HTMLElement | null) => el?.scrollIntoView?.({ block: 'nearest' });

/** Memoised: dragging one slider re-renders that control, not the twenty others beside it. */
export const NumberControl = memo(NumberControlView, sameControl);

function NumberControlView(props: NumberControlProps) {
  const { label, value, onChange, min, max, step = 1, scale = 'linear', integer = false } = props;
  const { hint, disabled, length = false } = props;
  // Lengths are stored in cm; these convert to and from what the user sees and types.
  const units = useLengthFormat();
  const shownOf = (v: number) => (length ? units.toShown(v) : v);
  const storedOf = (v: number) => (length ? units.fromShown(v) : v);
  const id = useId();
  const shown = shownText(props, units);
  const spec: SliderSpec = { min, max, scale, step, integer };
  const textOf = (v: number) => shownText({ ...props, value: v }, units);
  const clamp = (v: number) => Math.min(max, Math.max(min, v));

  // The field works in the unit on show; the store keeps cm.
  const entry = useNumberEntry({
    value: shownOf(value),
    // As typed back: the language's decimal mark, no thousands groups ("1000", "0,5").
    text: formatNumber(shownOf(value), {
      maximumSignificantDigits: length ? 5 : 8,
      useGrouping: false,
    }),
    rules: { min: shownOf(min), max: shownOf(max), integer },
    commit: (v) => onChange(clamp(storedOf(v))),
    step: (v, direction) => shownOf(stepSlider(clamp(storedOf(v)), direction, spec, textOf)),
  });

  const onSlide = (e: ChangeEvent<HTMLInputElement>) => {
    const p = Number(e.target.value);
    onChange(scale === 'linear' ? p : positionToValue(p, min, max, scale, integer));
    entry.reset();
  };

  // Each arrow press moves to the next value that reads differently: the browser's own step of
  // one position can round back to the same value on a logarithmic slider and stick there.
  const onSliderKey = (e: KeyboardEvent<HTMLInputElement>) => {
    const direction = ARROWS[e.key];
    if (!direction) return;
    e.preventDefault();
    const next = stepSlider(value, direction, spec, textOf);
    if (next !== value) onChange(next);
    entry.reset();
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
          onKeyDown={onSliderKey}
          aria-valuetext={shown}
          disabled={disabled}
        />
        <input
          type="text"
          role="spinbutton"
          className="number-field"
          aria-label={label}
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="done"
          aria-valuenow={shownOf(value)}
          aria-valuemin={shownOf(min)}
          aria-valuemax={shownOf(max)}
          aria-valuetext={shown}
          {...entry.inputProps}
          aria-describedby={entry.message ? `${id}-problem` : hint ? `${id}-hint` : undefined}
          disabled={disabled}
        />
      </div>
      {entry.message ? (
        <p id={`${id}-problem`} className="control-problem" role="alert" ref={revealMessage}>
          {entry.message}
        </p>
      ) : hint ? (
        <p id={`${id}-hint`} className="control-hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
