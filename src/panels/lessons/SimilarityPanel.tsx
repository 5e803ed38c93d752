/** How similar are the populations? τ sets how much the old data counts, from everything to nothing. */
import { deferred } from '../deferred';
import type { DeferredProps } from '../deferred';
import { formatInt, formatSig } from '../../ui/format';
import { useLengthFormat } from '../../state/useLengthFormat';
import { usePalette } from '../../state/theme';
import { ChartFrame } from '../../charts/ChartFrame';
import { ChartLegend } from '../../charts/ChartLegend';
import { TauChart } from '../../charts/TauChart';
import { useStableDomain } from '../../charts/domain';
import { posteriorMean } from '../../core/index';
import { selectIdeals } from '../../state/derived';
import { useSetScenario } from '../../state/hooks';
import { selectBestTau } from '../../state/lessons';
import { LIMITS } from '../../state/scenario';
import { Tex } from '../explain/Tex';
import { GLOSSARY, Term } from '../Term';

function SimilarityPanelView({ s }: DeferredProps) {
  const set = useSetScenario();
  const ideals = selectIdeals(s);
  const palette = usePalette();
  const units = useLengthFormat();
  const { oldSummary: old, newSummary: neu } = ideals;
  const rows = Array.from({ length: 121 }, (_, i) => {
    const x = (i / 120) * Math.log10(101);
    const tau = 10 ** x - 1;
    return { x, tau, posterior: posteriorMean(old, neu, tau) };
  });
  const best = selectBestTau(s);
  const xOf = (tau: number) => Math.log10(1 + Math.min(tau, LIMITS.tau.max));
  const yDomain = useStableDomain([
    Math.min(old.mean, neu.mean, s.newMean, ideals.pooled),
    Math.max(old.mean, neu.mean, s.newMean, ideals.pooled),
  ]);
  const worth =
    s.tau === 0
      ? `With τ = 0 the two populations are taken to be one: the ${formatInt(old.n)} old heights count in full.`
      : `The ${formatInt(old.n)} old heights are worth ${formatSig(ideals.nEff, 3)} new ones (n_eff); the ideal for the new population is ${units.length(ideals.posterior)}.`;
  const differ = s.oldMean !== s.newMean;
  const hindsight = !differ
    ? 'The two populations share one mean, so τ = 0 is right.'
    : Number.isFinite(best)
      ? `Knowing the true new mean (${units.length(s.newMean)}), τ = ${units.length(best, 2)} would have put the ideal for the new population on it with these samples.`
      : `Knowing the true new mean (${units.length(s.newMean)}), no τ is large enough: the new sample already undershoots it, so the old data only hurts.`;
  return (
    <ChartFrame
      id="similarity"
      className="chart-wide"
      title="How similar are the populations? The effective size of the old data"
      caption={`${worth} ${hindsight}`}
      legend={
        <ChartLegend
          items={[
            { label: 'Ideal for the new population, as τ grows', color: palette.posterior },
            { label: 'Size-weighted mean (τ = 0)', color: palette.ideal, dash: '6 3' },
            { label: 'New sample mean (τ → ∞)', color: palette.new, dash: '8 5' },
            { label: 'True new mean', color: palette.text, dash: '2 3' },
            { label: 'τ now', color: palette.theta, dot: true },
            ...(differ && Number.isFinite(best)
              ? [{ label: 'Best τ in hindsight', color: palette.text, dot: true }]
              : []),
          ]}
        />
      }
    >
      <div className="chart-body-inner">
        <TauChart
          rows={rows}
          yDomain={yDomain}
          current={{ x: xOf(s.tau), posterior: ideals.posterior }}
          best={
            differ && Number.isFinite(best)
              ? { x: xOf(best), posterior: posteriorMean(old, neu, best) }
              : null
          }
          trueNewMean={s.newMean}
          newMean={neu.mean}
          pooled={ideals.pooled}
          palette={palette}
          units={units}
        />
      </div>
      {differ && Number.isFinite(best) && best <= LIMITS.tau.max ? (
        <button
          type="button"
          onClick={() => set({ goal: 'new', tau: Number(best.toPrecision(3)) })}
        >
          Set τ to the best in hindsight ({units.length(best, 2)})
        </button>
      ) : null}
      <p className="lesson">
        <Term word="the effective size" tip={GLOSSARY.effectiveSize}>
          n_eff
        </Term>{' '}
        is what the old data is worth in new heights. τ says how far the new population's mean may
        plausibly sit from the old one. Small τ: the old heights are nearly as good as new ones.
        Large τ: they say little about the new people, and the ideal for the new population moves to
        the new sample mean. This matters when θ is for the new population; for everyone seen so far
        τ plays no part.
      </p>
      <details>
        <summary>Show the maths</summary>
        <Tex block>
          {`n_{\\text{eff}} = \\frac{n_{\\text{old}}}{1 + n_{\\text{old}}\\tau^2/\\sigma^2},\\qquad \\hat\\mu_{\\text{new}} = \\frac{n_{\\text{new}} m_{\\text{new}} + n_{\\text{eff}} m_{\\text{old}}}{n_{\\text{new}} + n_{\\text{eff}}}`}
        </Tex>
        <p>
          The old mean estimates μ_old with variance σ²/n_old, and μ_new differs from it by a
          further τ²; a mean with variance σ²/n_old + τ² carries as much information as{' '}
          <Tex>{'\\sigma^2/(\\sigma^2/n_{\\text{old}} + \\tau^2)'}</Tex> new heights, which is
          n_eff.
        </p>
      </details>
    </ChartFrame>
  );
}

export const SimilarityPanel = deferred(SimilarityPanelView, 'SimilarityPanel');
