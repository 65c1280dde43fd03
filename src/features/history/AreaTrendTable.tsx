import { areaTrend, type HistoryEntry } from '../../domain/history';
import { formatPercent } from '../../domain/report';
import { formatDayMonth } from './dates';

const COLUMNS = 6;

/** Accuracy per area over the latest attempts, oldest first: a row per area, a column per attempt. */
export function AreaTrendTable({ label, entries }: { label: string; entries: readonly HistoryEntry[] }) {
  const table = areaTrend(entries, COLUMNS);
  return (
    <table className="data-table area-trend">
      <caption>
        {label}: accuracy by area, last {table.columns.length} exam-mode{' '}
        {table.columns.length === 1 ? 'attempt' : 'attempts'}
      </caption>
      <thead>
        <tr>
          <th scope="col">Area</th>
          {table.columns.map((c, i) => (
            <th scope="col" key={c.id}>
              <span className="visually-hidden">Attempt </span>
              {entries.length - table.columns.length + i + 1}, {formatDayMonth(c.finishedAt)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row) => (
          <tr key={row.area}>
            <th scope="row">{row.label}</th>
            {row.cells.map((cell, i) => (
              <td key={table.columns[i]?.id ?? i}>{cell === null ? '—' : formatPercent(cell)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
