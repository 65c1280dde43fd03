import { type FormEvent, useId, useRef, useState } from 'react';
import { deleteAllData, type StoredCounts } from '../../storage/backup';
import { countOf } from './format';

const CONFIRM_WORD = 'DELETE';

type State =
  | { readonly kind: 'idle' }
  | { readonly kind: 'mistyped' }
  | { readonly kind: 'deleted' }
  | { readonly kind: 'failed'; readonly message: string };

export function DeleteAllSection({
  counts,
  onDeleted,
}: {
  counts: StoredCounts | null;
  onDeleted: () => void;
}) {
  const inputId = useId();
  const errorId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [typed, setTyped] = useState('');
  const [state, setState] = useState<State>({ kind: 'idle' });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (typed.trim() !== CONFIRM_WORD) {
      setState({ kind: 'mistyped' });
      input.current?.focus();
      return;
    }
    try {
      await deleteAllData();
      setTyped('');
      setState({ kind: 'deleted' });
      onDeleted();
    } catch (error) {
      setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <section className="panel settings-section danger-zone" aria-labelledby="delete-heading">
      <h2 id="delete-heading">Delete all data</h2>
      <p>
        Removes every question bank, attempt, answer, setting and custom exam format from this browser. It
        cannot be undone: download a backup first if you may want any of it back.
      </p>
      {counts !== null && counts.inProgress > 0 && (
        <p className="warning-banner">
          {countOf(counts.inProgress, 'exam is', 'exams are')} still in progress and would be lost too.
        </p>
      )}
      <form onSubmit={submit} noValidate>
        <label htmlFor={inputId}>Type {CONFIRM_WORD} to confirm</label>{' '}
        <input
          id={inputId}
          ref={input}
          value={typed}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={state.kind === 'mistyped'}
          aria-describedby={state.kind === 'mistyped' ? errorId : undefined}
          onChange={(e) => setTyped(e.currentTarget.value)}
        />{' '}
        <button type="submit" className="danger">
          Delete all data
        </button>
        {state.kind === 'mistyped' && (
          <p id={errorId} className="field-error">
            Type {CONFIRM_WORD} in capital letters to confirm. Nothing was deleted.
          </p>
        )}
      </form>
      <div role="status">
        {state.kind === 'deleted' && (
          <p>
            All data in this browser was deleted. The sample question banks come back the next time the app
            opens.
          </p>
        )}
      </div>
      {state.kind === 'failed' && (
        <p className="error-banner" role="alert">
          Nothing was deleted: {state.message}.
        </p>
      )}
    </section>
  );
}
