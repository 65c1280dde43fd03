import { formatUsd, type SalaryRow } from '../../../domain/career';

// Geometry in viewBox units. Each label sits above its bar, so the chart stays narrow enough to keep its
// text legible when it shrinks to a phone's width.
const WIDTH = 360;
const VALUE_WIDTH = 70;
const ROW = 54;
const LABEL_Y = 16;
const BAR_Y = 22;
const BAR = 22;

/**
 * Horizontal bars from zero, so lengths compare honestly. Screen readers get one label with every
 * figure; the same numbers are in the table beside it.
 */
export function SalaryChart({
  title,
  source,
  rows,
}: {
  title: string;
  source: string;
  rows: readonly SalaryRow[];
}) {
  const max = Math.max(1, ...rows.map((r) => r.usd));
  const scale = (WIDTH - VALUE_WIDTH) / max;
  const label = `${title} (source: ${source}): ${rows.map((r) => `${r.label} ${formatUsd(r.usd)}`).join('; ')}`;
  return (
    <svg
      className="guide-chart"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${WIDTH} ${rows.length * ROW}`}
      preserveAspectRatio="xMinYMin meet"
    >
      {rows.map((r, i) => {
        const y = i * ROW;
        const width = r.usd * scale;
        return (
          <g key={r.label}>
            <text x={0} y={y + LABEL_Y}>
              {r.label}
            </text>
            <rect x={0} y={y + BAR_Y} width={width} height={BAR} rx={3} />
            <text x={width + 6} y={y + BAR_Y + BAR / 2} dominantBaseline="middle">
              {formatUsd(r.usd)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
