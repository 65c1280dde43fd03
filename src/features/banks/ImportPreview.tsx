import { type FormEvent, useId, useMemo, useState } from 'react';
import { supplyByArea } from '../../domain/form';
import type { BankDraft, BankFileFormat } from '../../importers/types';
import { AreaTable } from './AreaTable';
import { CoverageText } from './CoverageText';
import { coverageOf } from './coverage';
import { formatLabel } from './formatLabels';
import { QuestionPreview } from './QuestionPreview';

const FIRST = 5;
export const MAX_TITLE = 200;

interface Props {
  readonly fileName: string;
  readonly format: BankFileFormat;
  readonly bank: BankDraft;
  /** Resolves to an error message when saving failed, null when saved. */
  readonly onSave: (title: string) => Promise<string | null>;
  readonly onDiscard: () => void;
}

/** What the file holds, before anything is saved: title, counts, coverage and the first questions. */
export function ImportPreview({ fileName, format, bank, onSave, onDiscard }: Props) {
  const [title, setTitle] = useState(bank.title);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const titleId = useId();
  const errorId = useId();
  const headingId = useId();
  const supply = useMemo(() => Object.fromEntries(supplyByArea(bank.questions)), [bank.questions]);
  const coverage = useMemo(() => coverageOf(supply), [supply]);
  const count = bank.questions.length;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = title.trim();
    if (trimmed === '') return setError('Give the bank a title before saving it.');
    if (trimmed.length > MAX_TITLE) return setError(`The title is longer than ${MAX_TITLE} characters.`);
    setSaving(true);
    setError(await onSave(trimmed));
    setSaving(false);
  };

  return (
    <section className="panel import-preview" aria-labelledby={headingId}>
      <h3 id={headingId}>Preview of {fileName}</h3>
      <p>
        Read as {formatLabel(format)}: {count.toLocaleString('en')} {count === 1 ? 'question' : 'questions'}.
        Nothing is saved until you choose Save bank.
      </p>
      <form onSubmit={submit} noValidate>
        <label htmlFor={titleId}>Bank title</label>
        <input
          id={titleId}
          type="text"
          value={title}
          maxLength={MAX_TITLE + 50}
          aria-invalid={error !== null}
          aria-describedby={error ? errorId : undefined}
          onChange={(e) => setTitle(e.target.value)}
        />
        {error && (
          <p id={errorId} className="error-banner" role="alert">
            {error}
          </p>
        )}
        <div className="button-row">
          <button type="submit" className="button primary" disabled={saving}>
            Save bank
          </button>
          <button type="button" className="button" onClick={onDiscard} disabled={saving}>
            Discard
          </button>
        </div>
      </form>
      <CoverageText coverage={coverage} subject="This bank is" />
      <AreaTable supply={supply} caption="Questions per area" />
      <h4>
        First {Math.min(FIRST, count)} of {count.toLocaleString('en')} questions
      </h4>
      {bank.questions.slice(0, FIRST).map((q, i) => (
        <QuestionPreview key={q.id} question={q} number={i + 1} />
      ))}
    </section>
  );
}
