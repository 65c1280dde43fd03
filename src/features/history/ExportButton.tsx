import { useState } from 'react';
import { historyCsv } from '../../domain/history';
import { allHistoryEntries } from '../../storage/attempts';
import { downloadText } from '../../ui/download';
import { formatIsoDay } from './dates';

/** Exports the attempts listed as CSV, one row per attempt with a column per area. */
export function ExportButton({ ids }: { ids: readonly string[] }) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const exportCsv = async () => {
    setBusy(true);
    setMessage('');
    try {
      const wanted = new Set(ids);
      const entries = await allHistoryEntries((id) => wanted.has(id));
      // A byte-order mark, so spreadsheet programs read the file as UTF-8.
      downloadText(
        `exam-history-${formatIsoDay(Date.now())}.csv`,
        `\uFEFF${historyCsv(entries, { areaColumns: true })}`,
        'text/csv;charset=utf-8',
      );
      setMessage(`Exported ${entries.length} ${entries.length === 1 ? 'attempt' : 'attempts'}.`);
    } catch (error) {
      setMessage(
        `The export failed: ${error instanceof Error ? error.message : String(error)}. Nothing was changed; try again.`,
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="export">
      <button type="button" onClick={() => void exportCsv()} disabled={busy || ids.length === 0}>
        Export CSV
      </button>
      <span role="status" className="muted">
        {busy ? 'Preparing the file…' : message}
      </span>
    </div>
  );
}
