/** The frame every chart sits in: a title, the chart, and a caption written from the live numbers. */
import type { ReactNode } from 'react';

export interface ChartFrameProps {
  id: string;
  title: string;
  caption: ReactNode;
  /** Extra controls shown beside the title (zoom toggles and the like). */
  tools?: ReactNode;
  /** The chart's legend, shown above it. */
  legend?: ReactNode;
  children: ReactNode;
  className?: string;
}

export function ChartFrame({
  id,
  title,
  caption,
  tools,
  legend,
  children,
  className,
}: ChartFrameProps) {
  return (
    <figure className={`chart ${className ?? ''}`} aria-labelledby={`${id}-title`} id={id}>
      <div className="chart-head">
        <h2 id={`${id}-title`}>{title}</h2>
        {tools ? <div className="chart-tools">{tools}</div> : null}
      </div>
      {legend}
      <div className="chart-body">{children}</div>
      <figcaption>{caption}</figcaption>
    </figure>
  );
}
