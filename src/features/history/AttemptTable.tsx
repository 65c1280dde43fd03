import { Link } from 'react-router';
import type { HistoryEntry } from '../../domain/history';
import { formatPercent } from '../../domain/report';
import type { HistoryKey } from '../../storage/attempts';
import { formatDateTime } from './dates';
import { useRemPx } from './useHistory';
import { type Column, VirtualTable } from './VirtualTable';

const COLUMNS: readonly Column[] = [
  { header: 'Finished', width: '24%' },
  { header: 'Format', width: '16%' },
  { header: 'Mode', width: '11%' },
  { header: 'Score', width: '10%' },
  { header: 'Result', width: '13%' },
  { header: 'Points', width: '12%' },
  { header: 'Status', width: '14%' },
];

const LOADING = <span className="muted">Loading</span>;

interface Props {
  keys: readonly HistoryKey[];
  entries: ReadonlyMap<string, HistoryEntry>;
  labels: ReadonlyMap<string, string>;
  onRangeChange: (start: number, end: number) => void;
}

/** The attempts listed, a row each, windowed; each row links to its score report. */
export function AttemptTable({ keys, entries, labels, onRangeChange }: Props) {
  const rem = useRemPx();
  return (
    <VirtualTable
      caption="Finished attempts, newest first"
      columns={COLUMNS}
      rowCount={keys.length}
      rowHeight={Math.round(2.75 * rem)}
      viewportRows={10}
      rowKey={(i) => keys[i]?.id ?? String(i)}
      onRangeChange={onRangeChange}
      renderCells={(i, focus) => {
        const key = keys[i];
        if (!key) return [];
        const entry = entries.get(key.id);
        return [
          <Link key="date" to={`/results/${key.id}`} {...focus}>
            {entry ? formatDateTime(entry.finishedAt) : 'Loading'}
          </Link>,
          labels.get(key.formatId) ?? entry?.formatLabel ?? key.formatId,
          key.mode === 'exam' ? 'Exam' : 'Practice',
          entry ? formatPercent(entry.percent) : LOADING,
          entry ? (entry.passed ? 'Passed' : 'Not passed') : LOADING,
          entry ? `${entry.earned} of ${entry.possible}` : LOADING,
          key.status === 'expired' ? 'Time ran out' : 'Submitted',
        ];
      }}
    />
  );
}
