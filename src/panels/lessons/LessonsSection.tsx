/** The deeper lessons, loaded after the first view: comparison, resampling, similarity, trade-off, validation. */
import { PanelBoundary } from '../../ui/PanelBoundary';
import { ComparePanel } from './ComparePanel';
import { ResamplePanel } from './ResamplePanel';
import { SimilarityPanel } from './SimilarityPanel';
import { TradeoffPanel } from './TradeoffPanel';
import { ValidationPanel } from './ValidationPanel';

export default function LessonsSection() {
  return (
    <section className="lessons" aria-labelledby="lessons-title">
      <h2 id="lessons-title" className="section-title">
        Deeper lessons: which strategy wins, how sure we are, how similar the populations are
      </h2>
      <PanelBoundary name="strategy comparison">
        <ComparePanel />
      </PanelBoundary>
      <PanelBoundary name="resampling">
        <ResamplePanel />
      </PanelBoundary>
      <div className="chart-grid">
        <PanelBoundary name="similarity chart">
          <SimilarityPanel />
        </PanelBoundary>
        <PanelBoundary name="trade-off chart">
          <TradeoffPanel />
        </PanelBoundary>
      </div>
      <PanelBoundary name="validation">
        <ValidationPanel />
      </PanelBoundary>
    </section>
  );
}
