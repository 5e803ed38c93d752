/** The deeper lessons, loaded after the first view: comparison, resampling, similarity, trade-off, validation. */
import { PanelBoundary } from '../../ui/PanelBoundary';
import { ComparePanel } from './ComparePanel';
import { ResamplePanel } from './ResamplePanel';
import { SimilarityPanel } from './SimilarityPanel';
import { TradeoffPanel } from './TradeoffPanel';
import { ValidationPanel } from './ValidationPanel';
import { t } from '../../i18n/catalogue';

export default function LessonsSection() {
  return (
    <section className="lessons" aria-labelledby="lessons-title">
      <h2 id="lessons-title" className="section-title">
        {t('lessons.section.title')}
      </h2>
      <PanelBoundary name={t('lessons.section.compare')}>
        <ComparePanel />
      </PanelBoundary>
      <PanelBoundary name={t('lessons.section.resample')}>
        <ResamplePanel />
      </PanelBoundary>
      <div className="chart-grid">
        <PanelBoundary name={t('lessons.section.similarity')}>
          <SimilarityPanel />
        </PanelBoundary>
        <PanelBoundary name={t('lessons.section.tradeoff')}>
          <TradeoffPanel />
        </PanelBoundary>
      </div>
      <PanelBoundary name={t('lessons.section.validation')}>
        <ValidationPanel />
      </PanelBoundary>
    </section>
  );
}
