/** λ as a student reads it: two significant figures, and what a very weak or very strong pull means. */
import { formatSig } from '../ui/format';

/** "0.00084 (almost no pull)", "20", "2.5e+4 (holds θ at θ_pre)". */
export function formatLambda(lambda: number): string {
  const shown = formatSig(lambda, 2);
  if (lambda > 0 && lambda < 0.01) return `${shown} (almost no pull)`;
  if (lambda >= 1000) return `${shown} (holds θ near θ_pre)`;
  return shown;
}
