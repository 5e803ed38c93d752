/** "What is going on": the formulas of the model with the live numbers put in. */
import { deferred } from '../deferred';
import type { DeferredProps } from '../deferred';
import { Fragment } from 'react';
import type { ReactNode } from 'react';
import { formatFixed, formatInt, formatSig } from '../../ui/format';
import { useLengthFormat } from '../../state/useLengthFormat';
import { gdContraction, gdRegime, sharedVariance } from '../../core/index';
import { selectIdeals, selectRun } from '../../state/derived';
import { selectGoal } from '../../state/goal';
import { idealName } from '../goalWords';
import { Tex } from './Tex';
import { t } from '../../i18n/catalogue';
import type { MessageKey } from '../../i18n/catalogue';
import { formatDecimals, formatNumber } from '../../i18n/numbers';

/**
 * A number written in the language on show, made safe for TeX: a decimal or grouping comma is
 * braced so KaTeX does not space it as punctuation, and a group's thin space becomes TeX's own.
 */
const texNumber = (text: string) =>
  text
    .replace(/,/g, '{,}')
    .replace(/[\u00a0\u202f]/g, '\\,')
    .replace(/\u2212/g, '-');
const f = (x: number, d = 2) =>
  Number.isFinite(x) ? texNumber(formatDecimals(x, d)) : '\\text{—}';
const n = (x: number) => texNumber(formatInt(x));

/** Words set inside \text{…}, with TeX's special characters escaped. */
const texWords = (text: string) => text.replace(/[\\{}$&#^_%~]/g, (c) => `\\${c}`);

// A placeholder's stand-in, cut out of the translated sentence again to put an element there.
const MARK = '\ue000';
const slot = (name: string) => `${MARK}${name}${MARK}`;

/** A sentence with elements in some placeholders: `text` is a message filled with `slot`s. */
function withParts(text: string, parts: Record<string, ReactNode>): ReactNode[] {
  return text
    .split(new RegExp(`${MARK}(\\w+)${MARK}`))
    .map((piece, i) => (i % 2 ? <Fragment key={i}>{parts[piece]}</Fragment> : piece));
}

function ExplanationView({ s }: DeferredProps) {
  const ideals = selectIdeals(s);
  const run = selectRun(s);
  const goal = selectGoal(s);
  // Every height in the formulas is in the page's unit, and variances in its square; counts, λ, ρ,
  // η and c have no unit and stay as they are.
  const units = useLengthFormat();
  const len = units.toShown;
  const unitTex = `\\ \\text{${units.unit}}`;
  const mo = len(ideals.oldSummary.mean);
  const mn = len(ideals.newSummary.mean);
  const no = ideals.oldSummary.n;
  const nn = ideals.newSummary.n;
  const r = gdContraction(s.ftLr, run.curvature);
  const regime = gdRegime(s.ftLr, run.curvature);
  const target = len(run.target);
  const thetaPre = len(run.thetaPre);

  let strategyTex: string;
  switch (s.strategy) {
    case 'naive':
    case 'early':
      strategyTex = `t = m_{\\text{new}} = ${f(mn)}`;
      break;
    case 'l2sp':
      strategyTex = `t = \\frac{m_{\\text{new}} + \\lambda\\,\\theta_{\\text{pre}}}{1+\\lambda} = \\frac{${f(mn)} + ${f(s.lambda, 3)} \\cdot ${f(thetaPre)}}{1 + ${f(s.lambda, 3)}} = ${f(target)}`;
      break;
    case 'replay':
      strategyTex = `t = (1-\\rho)\\,m_{\\text{new}} + \\rho\\,m_{\\text{old}} = ${f(1 - s.rho, 3)} \\cdot ${f(mn)} + ${f(s.rho, 3)} \\cdot ${f(mo)} = ${f(target)}`;
      break;
    case 'freeze':
      strategyTex = `\\theta \\text{ ${texWords(t('explain.staysAt'))} } \\theta_{\\text{pre}} = ${f(thetaPre)}`;
      break;
  }
  const regimeText = t(
    (
      {
        still: 'explain.regime.still',
        monotone: 'explain.regime.monotone',
        oscillating: 'explain.regime.oscillating',
        bouncing: 'explain.regime.bouncing',
        diverging: 'explain.regime.diverging',
      } as const satisfies Record<typeof regime, MessageKey>
    )[regime],
  );

  return (
    <section className="explain" aria-labelledby="explain-title">
      <h2 id="explain-title">{t('explain.title')}</h2>
      <p>
        {withParts(t('explain.model', { formula: slot('formula') }), {
          formula: <Tex>{'\\mathrm{MSE}(\\theta) = (\\theta - m)^2 + v'}</Tex>,
        })}
      </p>
      <p>
        {withParts(t('explain.everyone', { everyone: slot('everyone') }), {
          everyone: <strong>{t('explain.forEveryone')}</strong>,
        })}
      </p>
      <Tex block>
        {`\\theta^* = \\frac{n_{\\text{old}}\\,m_{\\text{old}} + n_{\\text{new}}\\,m_{\\text{new}}}{n_{\\text{old}} + n_{\\text{new}}} = \\frac{${n(no)} \\cdot ${f(mo)} + ${n(nn)} \\cdot ${f(mn)}}{${n(no + nn)}} = ${f(len(ideals.pooled))}${unitTex}`}
      </Tex>
      <p>
        {withParts(
          goal.goal === 'new'
            ? t('explain.newPopulation.here', {
                forNew: slot('forNew'),
                tau: `${formatSig(len(s.tau))} ${units.unit}`,
              })
            : t('explain.newPopulation.plain', { forNew: slot('forNew') }),
          { forNew: <strong>{t('explain.forNewPopulation')}</strong> },
        )}
      </p>
      {goal.goal === 'new' && s.tau > 0 ? (
        <Tex block>
          {`n_{\\text{eff}} = \\frac{n_{\\text{old}}}{1 + n_{\\text{old}}\\tau^2/\\sigma^2} = \\frac{${n(no)}}{1 + ${n(no)} \\cdot ${f(len(s.tau))}^2 / ${f(units.toShownArea(sharedVariance(ideals.oldSummary, ideals.newSummary)))}} = ${f(ideals.nEff, 1)},\\quad \\hat\\mu_{\\text{new}} = \\frac{n_{\\text{new}} m_{\\text{new}} + n_{\\text{eff}} m_{\\text{old}}}{n_{\\text{new}} + n_{\\text{eff}}} = ${f(len(ideals.posterior))}${unitTex}`}
        </Tex>
      ) : (
        <Tex block>
          {`n_{\\text{eff}} = \\frac{n_{\\text{old}}}{1 + n_{\\text{old}}\\tau^2/\\sigma^2},\\qquad \\hat\\mu_{\\text{new}} = \\frac{n_{\\text{new}} m_{\\text{new}} + n_{\\text{eff}} m_{\\text{old}}}{n_{\\text{new}} + n_{\\text{eff}}}`}
        </Tex>
      )}
      <p>
        {t('explain.aim', { ideal: idealName(goal, units), value: units.length(goal.ideal, 2) })}
      </p>
      <p>{t('explain.headsFor')}</p>
      <Tex block>{strategyTex}</Tex>
      {s.strategy !== 'freeze' ? (
        <>
          <p>
            {t('explain.gradientDescent', {
              lr: formatNumber(s.ftLr, { maximumFractionDigits: 20 }),
            })}
          </p>
          <Tex block>
            {`\\theta_k = t + (1 - 2\\eta c)^k(\\theta_{\\text{pre}} - t) = ${f(target)} + (${f(r, 4)})^k\\,(${f(thetaPre)} - ${f(target)})`}
          </Tex>
          <p>
            {regimeText}
            {/* Each sentence after the first begins with its language's gap between sentences. */}
            {t(s.strategy === 'l2sp' ? 'explain.curvature.l2sp' : 'explain.curvature.plain', {
              c: formatFixed(run.curvature, 3),
            })}
            {s.ftOptimizer !== 'sgd' || s.ftBatch !== 'full' ? t('explain.roughly') : ''}
          </p>
        </>
      ) : null}
    </section>
  );
}

export default deferred(ExplanationView, 'Explanation');
