import { useState } from 'react';
import { exportBackup, type StoredCounts } from '../../storage/backup';
import { countOf } from './format';

type State =
  | { readonly kind: 'idle' }
  | { readonly kind: 'working' }
  | { readonly kind: 'saved'; readonly fileName: string }
  | { readonly kind: 'failed'; readonly message: string };

/** Hands a file to the browser's download; the address is freed once the download has its copy. */
function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function summary(c: StoredCounts): string {
  return `This browser holds ${countOf(c.banks, 'question bank', 'question banks')} (${countOf(c.questions, 'question', 'questions')}), ${countOf(c.attempts, 'attempt', 'attempts')} with ${countOf(c.responses, 'saved answer', 'saved answers')} and ${countOf(c.customFormats, 'custom exam format', 'custom exam formats')}.`;
}

export function BackupSection({ counts }: { counts: StoredCounts | null }) {
  const [state, setState] = useState<State>({ kind: 'idle' });

  const download = async () => {
    setState({ kind: 'working' });
    try {
      const backup = await exportBackup(new Date());
      saveFile(backup.blob, backup.fileName);
      setState({ kind: 'saved', fileName: backup.fileName });
    } catch (error) {
      setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <section className="panel settings-section" aria-labelledby="backup-heading">
      <h2 id="backup-heading">Back up your data</h2>
      <p>
        One JSON file with every question bank, every attempt with its answers and scores, your settings and
        custom exam formats.
      </p>
      {counts && <p className="muted">{summary(counts)}</p>}
      <div className="button-row">
        <button type="button" className="primary" onClick={download} disabled={state.kind === 'working'}>
          Download a backup
        </button>
      </div>
      <div role="status">
        {state.kind === 'working' && <p>Preparing the backup…</p>}
        {state.kind === 'saved' && (
          <p>
            Saved <strong>{state.fileName}</strong> to your downloads. Keep it somewhere safe; it contains
            your answers.
          </p>
        )}
      </div>
      {state.kind === 'failed' && (
        <p className="error-banner" role="alert">
          The backup could not be made: {state.message}. Nothing was changed; try again.
        </p>
      )}
    </section>
  );
}
