import { useId } from 'react';

export interface Bar {
  readonly label: string;
  readonly value: number;
  /** The figure printed beside the bar, e.g. `7 of 9 (77.8%)`. */
  readonly valueText: string;
}

interface Props {
  /** The chart's accessible name; the same figures must be in a table beside it. */
  readonly title: string;
  readonly bars: readonly Bar[];
  readonly max?: number;
  /** A line across every bar, such as the pass mark. */
  readonly reference?: { readonly value: number; readonly label: string };
}

// Geometry in viewBox units: each label sits above its bar, so long area names never squeeze it.
const WIDTH = 640;
const VALUE_SPACE = 150;
const TOP = 22;
const ROW = 46;
const LABEL_Y = 15;
const BAR_Y = 21;
const BAR = 18;

/**
 * Horizontal bars from zero, so lengths compare honestly. Bars short of the reference are hatched
 * as well as coloured, so the difference survives a black-and-white printer.
 */
export function BarChart({ title, bars, max = 100, reference }: Props) {
  const hatch = useId();
  const scale = (WIDTH - VALUE_SPACE) / Math.max(1, max);
  const height = TOP + bars.length * ROW + 4;
  const refX = reference ? Math.min(max, Math.max(0, reference.value)) * scale : null;
  return (
    <svg
      className="chart bar-chart"
      role="img"
      aria-label={title}
      viewBox={`0 0 ${WIDTH} ${height}`}
      preserveAspectRatio="xMinYMin meet"
    >
      <defs>
        <pattern id={hatch} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect className="hatch-ground" width="6" height="6" />
          <line className="hatch-line" x1="0" y1="0" x2="0" y2="6" />
        </pattern>
      </defs>
      {bars.map((bar, i) => {
        const y = TOP + i * ROW;
        const width = Math.max(0, Math.min(max, bar.value)) * scale;
        const short = reference !== undefined && bar.value < reference.value;
        return (
          <g key={bar.label}>
            <text className="chart-label" x={0} y={y + LABEL_Y}>
              {bar.label}
            </text>
            <rect className="chart-track" x={0} y={y + BAR_Y} width={WIDTH - VALUE_SPACE} height={BAR} />
            <rect
              className={short ? 'chart-bar chart-bar-short' : 'chart-bar'}
              x={0}
              y={y + BAR_Y}
              width={width}
              height={BAR}
              // Inline, so it wins over the stylesheet's fill for bars (screen and print alike).
              style={short ? { fill: `url(#${hatch})` } : undefined}
            />
            <text
              className="chart-value"
              x={WIDTH - VALUE_SPACE + 8}
              y={y + BAR_Y + BAR / 2}
              dominantBaseline="middle"
            >
              {bar.valueText}
            </text>
          </g>
        );
      })}
      {reference && refX !== null && (
        <g>
          <line className="chart-reference" x1={refX} x2={refX} y1={TOP - 4} y2={height} />
          <text className="chart-reference-label" x={refX} y={12} textAnchor="middle">
            {reference.label}
          </text>
        </g>
      )}
    </svg>
  );
}
