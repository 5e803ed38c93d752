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
import { t } from '../../i18n/catalogue';
import { RichMessage } from '../../ui/RichMessage';
import { sentences } from './joining';

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
  const oldHeights = { oldSize: formatInt(old.n), count: old.n };
  const worth =
    s.tau === 0
      ? t('lessons.similarity.caption.tauZero', oldHeights)
      : t('lessons.similarity.caption.worth', {
          ...oldHeights,
          nEff: formatSig(ideals.nEff, 3),
          ideal: units.length(ideals.posterior),
        });
  const differ = s.oldMean !== s.newMean;
  const trueMean = units.length(s.newMean);
  const hindsight = !differ
    ? t('lessons.similarity.caption.oneMean')
    : Number.isFinite(best)
      ? t('lessons.similarity.caption.bestTau', { trueMean, tau: units.length(best, 2) })
      : t('lessons.similarity.caption.noTau', { trueMean });
  return (
    <ChartFrame
      id="similarity"
      className="chart-wide"
      title={t('lessons.similarity.title')}
      caption={sentences(worth, hindsight)}
      legend={
        <ChartLegend
          items={[
            { label: t('lessons.similarity.legend.posterior'), color: palette.posterior },
            { label: t('lessons.similarity.legend.pooled'), color: palette.ideal, dash: '6 3' },
            { label: t('lessons.similarity.legend.newSample'), color: palette.new, dash: '8 5' },
            { label: t('lessons.similarity.legend.trueNew'), color: palette.text, dash: '2 3' },
            { label: t('lessons.similarity.legend.tauNow'), color: palette.theta, dot: true },
            ...(differ && Number.isFinite(best)
              ? [{ label: t('lessons.similarity.legend.bestTau'), color: palette.text, dot: true }]
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
          {t('lessons.similarity.setBest', { tau: units.length(best, 2) })}
        </button>
      ) : null}
      <p className="lesson">
        <RichMessage
          id="lessons.similarity.lesson"
          parts={{
            nEff: (
              <Term word={t('lessons.term.effectiveSize')} tip={GLOSSARY.effectiveSize}>
                n_eff
              </Term>
            ),
          }}
        />
      </p>
      <details>
        <summary>{t('lessons.showMaths')}</summary>
        <Tex block>
          {`n_{\\text{eff}} = \\frac{n_{\\text{old}}}{1 + n_{\\text{old}}\\tau^2/\\sigma^2},\\qquad \\hat\\mu_{\\text{new}} = \\frac{n_{\\text{new}} m_{\\text{new}} + n_{\\text{eff}} m_{\\text{old}}}{n_{\\text{new}} + n_{\\text{eff}}}`}
        </Tex>
        <p>
          <RichMessage
            id="lessons.similarity.maths"
            parts={{
              formula: <Tex>{'\\sigma^2/(\\sigma^2/n_{\\text{old}} + \\tau^2)'}</Tex>,
            }}
          />
        </p>
      </details>
    </ChartFrame>
  );
}

export const SimilarityPanel = deferred(SimilarityPanelView, 'SimilarityPanel');
