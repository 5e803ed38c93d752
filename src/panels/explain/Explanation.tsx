/** "What is going on": the formulas of the model with the live numbers put in. */
import { deferred } from '../deferred';
import type { DeferredProps } from '../deferred';
import { formatInt, formatSig } from '../../ui/format';
import { useLengthFormat } from '../../state/useLengthFormat';
import { gdContraction, gdRegime, sharedVariance } from '../../core/index';
import { selectIdeals, selectRun } from '../../state/derived';
import { selectGoal } from '../../state/goal';
import { idealName } from '../goalWords';
import { Tex } from './Tex';

const f = (x: number, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : '\\text{—}');
const n = (x: number) => formatInt(x).replace(/,/g, '{,}');

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
      strategyTex = `\\theta \\text{ stays at } \\theta_{\\text{pre}} = ${f(thetaPre)}`;
      break;
  }
  const regimeText = {
    still: 'With η = 0 nothing moves.',
    monotone:
      'Each step closes the same fraction of the gap, so θ glides towards t without overshooting.',
    oscillating: 'Because ηc > ½, each step overshoots t and θ zig-zags towards it.',
    bouncing: 'At ηc = 1 θ bounces between two values for ever.',
    diverging: 'Because ηc > 1, each step overshoots by more than the last: the run diverges.',
  }[regime];

  return (
    <section className="explain" aria-labelledby="explain-title">
      <h2 id="explain-title">What is going on</h2>
      <p>
        The model predicts one height θ for everyone. On a dataset with mean m and variance v its
        loss is <Tex>{'\\mathrm{MSE}(\\theta) = (\\theta - m)^2 + v'}</Tex>, so training pulls θ
        towards that dataset&apos;s mean.
      </p>
      <p>
        Where θ should end depends on whom it is for. <strong>For everyone seen so far</strong> —
        the old and the new people in proportion to the data — the best estimate weights each sample
        mean by its size; it is also the best guess for the new population when both datasets come
        from one population:
      </p>
      <Tex block>
        {`\\theta^* = \\frac{n_{\\text{old}}\\,m_{\\text{old}} + n_{\\text{new}}\\,m_{\\text{new}}}{n_{\\text{old}} + n_{\\text{new}}} = \\frac{${n(no)} \\cdot ${f(mo)} + ${n(nn)} \\cdot ${f(mn)}}{${n(no + nn)}} = ${f(len(ideals.pooled))}${unitTex}`}
      </Tex>
      <p>
        <strong>For the new population</strong>, when it may differ from the old by about τ
        {goal.goal === 'new' ? ` (here τ = ${formatSig(len(s.tau))} ${units.unit})` : ''}, the old
        data counts as fewer new samples, n_eff, and the Bayesian answer is the posterior mean; τ =
        0 gives θ* again.
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
        This page aims θ at the {idealName(goal, units)}, {units.length(goal.ideal, 2)}: the line
        marked ideal on the drift chart.
      </p>
      <p>Fine-tuning with the chosen strategy heads for</p>
      <Tex block>{strategyTex}</Tex>
      {s.strategy !== 'freeze' ? (
        <>
          <p>
            With full-batch gradient descent at learning rate η = {s.ftLr}, after k fine-tuning
            steps
          </p>
          <Tex block>
            {`\\theta_k = t + (1 - 2\\eta c)^k(\\theta_{\\text{pre}} - t) = ${f(target)} + (${f(r, 4)})^k\\,(${f(thetaPre)} - ${f(target)})`}
          </Tex>
          <p>
            {regimeText} Here c = {f(run.curvature, 3)}
            {s.strategy === 'l2sp' ? ' (1 + λ)' : ''}.
            {s.ftOptimizer !== 'sgd' || s.ftBatch !== 'full'
              ? ' Your run uses a different optimiser or mini-batches, so it only follows this curve roughly.'
              : ''}
          </p>
        </>
      ) : null}
    </section>
  );
}

export default deferred(ExplanationView, 'Explanation');
