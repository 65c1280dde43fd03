import { type ChangeEvent, useId, useState } from 'react';
import { BACKUP_TABLES, type BackupTable, type TableCount } from '../../domain/backup';
import { type BackupImport, importBackup } from '../../storage/backup';
import { countOf } from './format';

const TABLE_LABELS: Record<BackupTable, string> = {
  banks: 'Question banks',
  questions: 'Questions',
  attempts: 'Attempts',
  responses: 'Saved answers',
  settings: 'Settings',
  customFormats: 'Custom exam formats',
};

type State =
  | { readonly kind: 'idle' }
  | { readonly kind: 'working'; readonly fileName: string }
  | { readonly kind: 'done'; readonly fileName: string; readonly result: BackupImport };

function totals(counts: Readonly<Record<BackupTable, TableCount>>): TableCount {
  return BACKUP_TABLES.reduce(
    (sum, t) => ({ added: sum.added + counts[t].added, existing: sum.existing + counts[t].existing }),
    { added: 0, existing: 0 },
  );
}

function Outcome({ fileName, result }: { fileName: string; result: BackupImport }) {
  if (!result.ok)
    return (
      <div className="error-banner" role="alert">
        <p>
          <strong>{fileName} was not imported, and nothing was changed.</strong>
        </p>
        <ul>
          {result.problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
        <p>Choose a backup downloaded from this app, whole and unedited.</p>
      </div>
    );
  const sum = totals(result.counts);
  return (
    <>
      <p>
        Imported {fileName}: {countOf(sum.added, 'row', 'rows')} added;{' '}
        {countOf(sum.existing, 'row was', 'rows were')} already here and kept as{' '}
        {sum.existing === 1 ? 'it was' : 'they were'}.
      </p>
      <table className="data-table">
        <caption>What the backup held</caption>
        <thead>
          <tr>
            <th scope="col">Kind</th>
            <th scope="col">Added</th>
            <th scope="col">Already here</th>
          </tr>
        </thead>
        <tbody>
          {BACKUP_TABLES.map((t) => (
            <tr key={t}>
              <th scope="row">{TABLE_LABELS[t]}</th>
              <td>{result.counts[t].added}</td>
              <td>{result.counts[t].existing}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

export function RestoreSection({ onImported }: { onImported: () => void }) {
  const inputId = useId();
  const helpId = useId();
  const [state, setState] = useState<State>({ kind: 'idle' });

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setState({ kind: 'working', fileName: file.name });
    let result: BackupImport;
    try {
      result = await importBackup(file.name, await file.text(), Date.now());
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      result = { ok: false, problems: [`${file.name}: the file could not be read (${why})`] };
    }
    // Cleared so the same file can be chosen again.
    input.value = '';
    setState({ kind: 'done', fileName: file.name, result });
    if (result.ok) onImported();
  };

  return (
    <section className="panel settings-section" aria-labelledby="restore-heading">
      <h2 id="restore-heading">Import a backup</h2>
      <p id={helpId}>
        Adds what the backup holds to this browser. Nothing here is replaced: an attempt, bank or setting that
        is already here stays as it is, so importing the same backup twice adds nothing. A damaged file is
        refused whole.
      </p>
      <label htmlFor={inputId}>Choose a backup file to import</label>{' '}
      <input
        id={inputId}
        type="file"
        accept=".json,application/json"
        aria-describedby={helpId}
        disabled={state.kind === 'working'}
        onChange={choose}
      />
      <div role="status">
        {state.kind === 'working' && <p>Importing {state.fileName}…</p>}
        {state.kind === 'done' && state.result.ok && (
          <Outcome fileName={state.fileName} result={state.result} />
        )}
      </div>
      {state.kind === 'done' && !state.result.ok && (
        <Outcome fileName={state.fileName} result={state.result} />
      )}
    </section>
  );
}
