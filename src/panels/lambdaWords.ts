/** λ as a student reads it: two significant figures, and what a very weak or very strong pull means. */
import { t } from '../i18n/catalogue';
import { formatSig } from '../ui/format';

/** "0.00084 (almost no pull)", "20", "2.5e+4 (holds θ at θ_pre)". */
export function formatLambda(lambda: number): string {
  const shown = formatSig(lambda, 2);
  if (lambda > 0 && lambda < 0.01) return t('words.lambda.weak', { lambda: shown });
  if (lambda >= 1000) return t('words.lambda.strong', { lambda: shown });
  return shown;
}
