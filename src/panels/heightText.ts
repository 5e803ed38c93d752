/** A θ as a height, or plain words when a diverging run has taken it far beyond any height. */
import { t } from '../i18n/catalogue';
import type { LengthFormat } from '../ui/format';

/** Farther than this from zero (10 m) a θ is not a height any more: the run is blowing up. */
export const OFF_SCALE_CM = 1000;

/** "170.1 cm", or "off the scale" for a θ a diverging run has flung beyond any height. */
export function heightText(units: LengthFormat, cm: number, digits = 1): string {
  return Math.abs(cm) > OFF_SCALE_CM ? t('words.offScale') : units.length(cm, digits);
}
