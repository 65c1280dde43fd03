import { useId } from 'react';

const MB = 1024 * 1024;
const size = (bytes: number) =>
  bytes >= MB ? `${(bytes / MB).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} kB`;

interface Props {
  readonly fileName: string;
  readonly phase: 'starting' | 'reading' | 'checking';
  readonly loaded: number;
  readonly total: number;
  readonly onCancel: () => void;
}

/** Reading is measured in bytes; checking has no measure, so its bar is indeterminate. */
export function ImportProgress({ fileName, phase, loaded, total, onCancel }: Props) {
  const id = useId();
  const label =
    phase === 'reading'
      ? `Reading ${fileName}: ${size(loaded)} of ${size(total)}`
      : phase === 'checking'
        ? `Checking the questions in ${fileName}`
        : `Opening ${fileName}`;
  return (
    <div className="import-progress">
      <label htmlFor={id}>{label}</label>
      {phase === 'reading' && total > 0 ? (
        <progress id={id} max={total} value={loaded} />
      ) : (
        <progress id={id} />
      )}
      <button type="button" className="button" onClick={onCancel}>
        Cancel import
      </button>
    </div>
  );
}
