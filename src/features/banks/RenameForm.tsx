import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { renameBank } from '../../storage/banks';
import type { BankRow } from '../../storage/db';
import { MAX_TITLE } from './ImportPreview';

/** A labelled title box with Save and Cancel; the new title is saved as typed, trimmed. */
export function RenameForm({ bank, onDone }: { bank: BankRow; onDone: (notice: string | null) => void }) {
  const [title, setTitle] = useState(bank.title);
  const [error, setError] = useState<string | null>(null);
  const ref = useRef<HTMLInputElement>(null);
  const ids = { input: useId(), error: useId() };

  useEffect(() => ref.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = title.trim();
    if (trimmed === '') return setError('The title cannot be empty.');
    if (trimmed.length > MAX_TITLE) return setError(`The title is longer than ${MAX_TITLE} characters.`);
    try {
      await renameBank(bank.id, trimmed);
      onDone(`Renamed to “${trimmed}”.`);
    } catch (e) {
      setError(`The title could not be saved (${e instanceof Error ? e.message : String(e)}).`);
    }
  };

  return (
    <form className="rename-form" onSubmit={submit} noValidate>
      <label htmlFor={ids.input}>New title</label>
      <input
        ref={ref}
        id={ids.input}
        type="text"
        value={title}
        aria-invalid={error !== null}
        aria-describedby={error ? ids.error : undefined}
        onChange={(e) => setTitle(e.target.value)}
      />
      {error && (
        <p id={ids.error} className="error-banner" role="alert">
          {error}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button primary">
          Save
        </button>
        <button type="button" className="button" onClick={() => onDone(null)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
