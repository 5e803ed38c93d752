/** A legend in HTML: names every line on a chart, the reference lines included, with its colour and dash. */
import { t } from '../i18n/catalogue';

export interface LegendItem {
  label: string;
  color: string;
  /** SVG dash pattern, e.g. "8 5"; solid when absent. */
  dash?: string;
  /** A filled box (for a histogram) instead of a line. */
  box?: boolean;
  /** A dot (for marked points) instead of a line. */
  dot?: boolean;
}

export function ChartLegend({ items }: { items: LegendItem[] }) {
  return (
    <ul className="legend" aria-label={t('charts.legend.label')}>
      {items.map((it) => (
        <li key={it.label}>
          <svg width="28" height="12" aria-hidden="true">
            {it.dot ? (
              <circle cx="14" cy="6" r="5" fill={it.color} />
            ) : it.box ? (
              <rect
                x="2"
                y="1"
                width="24"
                height="10"
                fill={it.color}
                fillOpacity={0.3}
                stroke={it.color}
                strokeWidth="2"
              />
            ) : (
              <line
                x1="1"
                y1="6"
                x2="27"
                y2="6"
                stroke={it.color}
                strokeWidth="3"
                strokeDasharray={it.dash}
              />
            )}
          </svg>
          {it.label}
        </li>
      ))}
    </ul>
  );
}
