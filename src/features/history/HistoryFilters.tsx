import type { Mode } from '../../domain/attempt';

interface Props {
  formatIds: readonly string[];
  labels: ReadonlyMap<string, string>;
  format: string;
  mode: Mode;
  counts: Record<Mode, number>;
  onFormat: (formatId: string) => void;
  onMode: (mode: Mode) => void;
}

export function HistoryFilters({ formatIds, labels, format, mode, counts, onFormat, onMode }: Props) {
  return (
    <form className="history-filters panel" aria-label="Filter attempts" onSubmit={(e) => e.preventDefault()}>
      <fieldset>
        <legend>Mode</legend>
        <label>
          <input type="radio" name="history-mode" checked={mode === 'exam'} onChange={() => onMode('exam')} />{' '}
          Exam mode ({counts.exam})
        </label>
        <label>
          <input
            type="radio"
            name="history-mode"
            checked={mode === 'practice'}
            onChange={() => onMode('practice')}
          />{' '}
          Practice ({counts.practice})
        </label>
      </fieldset>
      <p>
        <label htmlFor="history-format">Format</label>{' '}
        <select id="history-format" value={format} onChange={(e) => onFormat(e.target.value)}>
          <option value="all">All formats</option>
          {formatIds.map((id) => (
            <option key={id} value={id}>
              {labels.get(id) ?? id}
            </option>
          ))}
        </select>
      </p>
    </form>
  );
}
