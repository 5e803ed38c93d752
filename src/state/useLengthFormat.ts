/** The page's length unit, chosen in the view, as a formatter for the components that show lengths. */
import { lengthFormat } from '../ui/format';
import type { LengthFormat } from '../ui/format';
import { useAppStore } from './store';
import type { AppState } from './store';

const unitsSelector = (st: AppState) => st.view.units;

/**
 * Subscribes the calling component to the unit, so even a memoised panel re-renders when it is
 * switched. The object is the same for as long as the unit is, so passing it on to a memoised
 * chart costs nothing until the unit changes.
 */
export function useLengthFormat(): LengthFormat {
  return lengthFormat(useAppStore(unitsSelector));
}
