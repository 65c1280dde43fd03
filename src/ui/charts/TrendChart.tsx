export interface TrendDatum {
  readonly key: string;
  readonly value: number;
  /** The point's label, e.g. `Attempt 2, 3 Jun 2026: 72%, passed`: its tooltip and part of the chart's name. */
  readonly label: string;
  /** The short label under the axis. */
  readonly tick: string;
  /** Drawn filled; the others hollow, so the difference survives black-and-white print. */
  readonly filled: boolean;
}

interface Props {
  /** What the chart shows; the points and the reference line are appended to its accessible name. */
  readonly title: string;
  readonly points: readonly TrendDatum[];
  readonly reference: { readonly value: number; readonly label: string };
  readonly yMax?: number;
}

const WIDTH = 520;
const HEIGHT = 220;
const LEFT = 40;
const RIGHT = 16;
const TOP = 14;
const BOTTOM = 28;
const Y_TICKS = [0, 25, 50, 75, 100];

/**
 * Percent per attempt against a reference line. One picture for assistive technology, named with
 * every point and the line; each point also carries its own title (a tooltip on hover).
 */
export function TrendChart({ title, points, reference, yMax = 100 }: Props) {
  const plotW = WIDTH - LEFT - RIGHT;
  const plotH = HEIGHT - TOP - BOTTOM;
  const step = points.length > 1 ? plotW / (points.length - 1) : 0;
  const x = (i: number) => LEFT + (points.length > 1 ? i * step : plotW / 2);
  const y = (v: number) => TOP + plotH - (Math.min(yMax, Math.max(0, v)) / yMax) * plotH;
  const every = Math.ceil(points.length / 12);
  const name = `${title}: ${points.map((p) => p.label).join('; ')}. ${reference.label}.`;
  return (
    <svg
      className="chart trend-chart"
      role="img"
      aria-label={name}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      preserveAspectRatio="xMinYMin meet"
    >
      {Y_TICKS.filter((t) => t <= yMax).map((t) => (
        <g key={t}>
          <line className="chart-grid" x1={LEFT} x2={LEFT + plotW} y1={y(t)} y2={y(t)} />
          <text className="chart-tick" x={LEFT - 6} y={y(t)} textAnchor="end" dominantBaseline="middle">
            {t}%
          </text>
        </g>
      ))}
      {points.map((p, i) =>
        i % every === 0 ? (
          <text key={p.key} className="chart-tick" x={x(i)} y={TOP + plotH + 18} textAnchor="middle">
            {p.tick}
          </text>
        ) : null,
      )}
      <line
        className="chart-reference"
        data-reference={reference.value}
        x1={LEFT}
        x2={LEFT + plotW}
        y1={y(reference.value)}
        y2={y(reference.value)}
      />
      <text className="chart-reference-label" x={LEFT + 4} y={y(reference.value) - 6}>
        {reference.label}
      </text>
      {points.length > 1 && (
        <polyline
          className="chart-line chart-line-solid"
          points={points.map((p, i) => `${x(i)},${y(p.value)}`).join(' ')}
        />
      )}
      {points.map((p, i) => (
        <circle
          key={p.key}
          className={p.filled ? 'chart-point chart-point-filled' : 'chart-point'}
          cx={x(i)}
          cy={y(p.value)}
          r={5}
        >
          <title>{p.label}</title>
        </circle>
      ))}
    </svg>
  );
}
