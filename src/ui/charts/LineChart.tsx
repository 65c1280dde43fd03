export interface LinePoint {
  readonly x: number;
  readonly y: number;
}

export interface Series {
  readonly name: string;
  readonly points: readonly LinePoint[];
  /** Solid and dashed lines stay apart in black and white. */
  readonly variant: 'solid' | 'dashed';
  /** Drawn as steps (a count that jumps at each event) rather than straight segments. */
  readonly step?: boolean;
}

export interface Tick {
  readonly value: number;
  readonly label: string;
}

interface Props {
  readonly title: string;
  readonly series: readonly Series[];
  readonly xMax: number;
  readonly yMax: number;
  readonly xTicks: readonly Tick[];
  readonly yTicks: readonly Tick[];
  readonly xLabel: string;
  readonly yLabel: string;
}

const WIDTH = 640;
const HEIGHT = 280;
const LEFT = 48;
const RIGHT = 16;
const TOP = 16;
const BOTTOM = 44;

function pathOf(
  points: readonly LinePoint[],
  step: boolean,
  x: (v: number) => number,
  y: (v: number) => number,
) {
  return points
    .map((p, i) => {
      const prev = points[i - 1];
      if (i === 0 || !prev) return `M${x(p.x)},${y(p.y)}`;
      return step ? `H${x(p.x)}V${y(p.y)}` : `L${x(p.x)},${y(p.y)}`;
    })
    .join('');
}

/** A small line chart with a legend beneath it; one accessible name for the whole picture. */
export function LineChart({ title, series, xMax, yMax, xTicks, yTicks, xLabel, yLabel }: Props) {
  const plotW = WIDTH - LEFT - RIGHT;
  const plotH = HEIGHT - TOP - BOTTOM;
  const x = (v: number) => LEFT + (Math.min(xMax, Math.max(0, v)) / Math.max(1e-9, xMax)) * plotW;
  const y = (v: number) => TOP + plotH - (Math.min(yMax, Math.max(0, v)) / Math.max(1e-9, yMax)) * plotH;
  return (
    <figure className="chart-figure">
      <svg
        className="chart line-chart"
        role="img"
        aria-label={title}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        preserveAspectRatio="xMinYMin meet"
      >
        {yTicks.map((t) => (
          <g key={`y${t.value}`}>
            <line className="chart-grid" x1={LEFT} x2={WIDTH - RIGHT} y1={y(t.value)} y2={y(t.value)} />
            <text
              className="chart-tick"
              x={LEFT - 6}
              y={y(t.value)}
              textAnchor="end"
              dominantBaseline="middle"
            >
              {t.label}
            </text>
          </g>
        ))}
        {xTicks.map((t) => (
          <text
            key={`x${t.value}`}
            className="chart-tick"
            x={x(t.value)}
            y={TOP + plotH + 16}
            textAnchor="middle"
          >
            {t.label}
          </text>
        ))}
        <line className="chart-axis" x1={LEFT} x2={WIDTH - RIGHT} y1={TOP + plotH} y2={TOP + plotH} />
        <line className="chart-axis" x1={LEFT} x2={LEFT} y1={TOP} y2={TOP + plotH} />
        <text className="chart-tick" x={LEFT + plotW / 2} y={HEIGHT - 6} textAnchor="middle">
          {xLabel}
        </text>
        <text
          className="chart-tick"
          x={12}
          y={TOP + plotH / 2}
          textAnchor="middle"
          transform={`rotate(-90 12 ${TOP + plotH / 2})`}
        >
          {yLabel}
        </text>
        {series.map((s) => (
          <path
            key={s.name}
            className={`chart-line chart-line-${s.variant}`}
            d={pathOf(s.points, s.step ?? false, x, y)}
          />
        ))}
      </svg>
      <figcaption>
        <ul className="chart-legend">
          {series.map((s) => (
            <li key={s.name}>
              <svg className="chart-swatch" viewBox="0 0 32 8" aria-hidden="true">
                <line className={`chart-line chart-line-${s.variant}`} x1="0" x2="32" y1="4" y2="4" />
              </svg>
              {s.name}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
