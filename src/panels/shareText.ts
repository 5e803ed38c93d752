/** A share of the way or of the data, as the readout and the captions write it. */
import { formatDecimals } from '../i18n/numbers';
import { t } from '../i18n/catalogue';
import { formatPercent } from '../ui/format';

/** A share as a percentage, with a decimal when it is small: "0.2 %" rather than a false "0 %". */
export function sharePercent(share: number): string {
  return Math.abs(share) < 0.01 && share !== 0
    ? t('readout.smallPercent', { value: formatDecimals(share * 100, 1) })
    : formatPercent(share);
}
