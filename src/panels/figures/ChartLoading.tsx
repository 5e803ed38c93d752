/** The frame of a chart whose code is still arriving: same size as the chart, so nothing jumps. */
import { ChartFrame } from '../../charts/ChartFrame';
import { t } from '../../i18n/catalogue';

export function ChartLoading({
  id,
  title,
  className,
}: {
  id: string;
  title: string;
  className?: string;
}) {
  return (
    <ChartFrame id={id} title={title} caption={t('figures.loading')} className={className}>
      <div className="chart-loading" aria-hidden="true" />
    </ChartFrame>
  );
}
