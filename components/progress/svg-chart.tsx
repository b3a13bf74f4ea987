/**
 * A small bar-and-line chart drawn as SVG on the server: no chart JavaScript reaches the browser. It was a
 * uPlot canvas, whose module makes an Intl formatter as it loads (Intl's first use costs a phone tens of
 * ms) and whose drawing was the progress page's longest task. Hidden from screen readers: every chart on
 * the page has a text alternative beside it (ChartFigure's summary and table).
 */

export interface ChartSeries {
  label: string;
  values: (number | null)[];
  kind: 'bars' | 'line';
  color: string;
  /** Series on the right-hand 0–100% scale (accuracy) instead of counts. */
  isPercent?: boolean;
}

type Props = { labels: string[]; series: ChartSeries[]; height?: number };

// Drawn in these units and scaled to the figure's width; a phone's figure is about this wide.
const WIDTH = 360;
const GRID = '#ebe5ff';
const INK = '#57534e';
const MAX_X_LABELS = 6;

/** Where a value of a series goes: counts on the left scale, percentages on the right one. */
function scales(series: ChartSeries[], plotTop: number, plotHeight: number) {
  const counts = series.filter((s) => !s.isPercent).flatMap((s) => s.values.filter((v): v is number => v !== null));
  const countMax = Math.max(4, Math.ceil(Math.max(0, ...counts) * 1.15));
  const yOf = (value: number, isPercent = false) => plotTop + plotHeight - (value / (isPercent ? 100 : countMax)) * plotHeight;
  return { countMax, yOf };
}

/** The line's path, broken where a day has no value (nothing to join it to). */
function linePath(values: (number | null)[], xOf: (i: number) => number, yOf: (v: number) => number): string {
  let path = '';
  let pen = false;
  values.forEach((value, i) => {
    if (value === null) return void (pen = false);
    path += `${pen ? 'L' : 'M'}${xOf(i).toFixed(1)} ${yOf(value).toFixed(1)}`;
    pen = true;
  });
  return path;
}

export function SvgChart({ labels, series, height = 200 }: Props) {
  const hasPercent = series.some((s) => s.isPercent);
  const left = 30;
  const right = hasPercent ? 34 : 8;
  const top = 8;
  const bottom = 22;
  const plotWidth = WIDTH - left - right;
  const plotHeight = height - top - bottom;
  const { countMax, yOf } = scales(series, top, plotHeight);
  const slot = plotWidth / Math.max(1, labels.length);
  const xOf = (i: number) => left + slot * (i + 0.5);
  const barWidth = Math.min(28, slot * 0.7);
  const barSeries = series.filter((s) => s.kind === 'bars');
  const every = Math.ceil(labels.length / MAX_X_LABELS);
  const countTicks = [0, Math.round(countMax / 2), countMax];
  return (
    <svg aria-hidden viewBox={`0 0 ${WIDTH} ${height}`} className="h-auto w-full" fontSize="10" fill={INK}>
      {countTicks.map((tick) => (
        <g key={tick}>
          <line x1={left} x2={WIDTH - right} y1={yOf(tick)} y2={yOf(tick)} stroke={GRID} />
          <text x={left - 4} y={yOf(tick) + 3} textAnchor="end">
            {tick}
          </text>
        </g>
      ))}
      {hasPercent
        ? [0, 50, 100].map((tick) => (
            <text key={tick} x={WIDTH - right + 4} y={yOf(tick, true) + 3}>
              {tick}%
            </text>
          ))
        : null}
      {barSeries.map((s, k) =>
        s.values.map((value, i) =>
          value ? (
            <rect
              key={`${k}:${i}`}
              x={xOf(i) - barWidth / 2 + (k * barWidth) / barSeries.length}
              y={yOf(value)}
              width={barWidth / barSeries.length}
              height={top + plotHeight - yOf(value)}
              rx={Math.min(3, barWidth / 4)}
              fill={s.color}
            />
          ) : null,
        ),
      )}
      {series
        .filter((s) => s.kind === 'line')
        .map((s) => (
          <g key={s.label} stroke={s.color} fill={s.color}>
            <path d={linePath(s.values, xOf, (v) => yOf(v, s.isPercent))} fill="none" strokeWidth="2.5" strokeLinejoin="round" />
            {s.values.map((value, i) => (value === null ? null : <circle key={i} cx={xOf(i)} cy={yOf(value, s.isPercent)} r="2.5" />))}
          </g>
        ))}
      {labels.map((label, i) =>
        i % every === 0 ? (
          <text key={i} x={xOf(i)} y={height - 6} textAnchor="middle">
            {label}
          </text>
        ) : null,
      )}
    </svg>
  );
}
