import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { draftFrom, type FormatDraft, type FormatProblem, validateFormat } from '../../domain/customFormat';
import type { ExamFormat } from '../../domain/formats';
import { saveCustomFormat } from '../../storage/customFormats';
import { useFormat } from '../../storage/live';
import { NumberInput } from '../../ui/NumberInput';
import { usePageTitle } from '../../ui/usePageTitle';
import { PartEditor } from './PartEditor';

function Editor({ source, editing }: { source: ExamFormat; editing: boolean }) {
  const navigate = useNavigate();
  const [draft, setDraft] = useState<FormatDraft>(() => draftFrom(source));
  const [problems, setProblems] = useState<readonly FormatProblem[]>([]);
  const set = (change: Partial<FormatDraft>) => setDraft((d) => ({ ...d, ...change }));
  const problemFor = (field: string) => problems.find((p) => p.field === field)?.message;

  const save = async () => {
    const id = editing ? source.id : `custom-${crypto.randomUUID()}`;
    const result = validateFormat(draft, id, new Date().toISOString().slice(0, 10));
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    await saveCustomFormat(result.format, Date.now());
    navigate(`/formats/${id}`);
  };

  const timing = draft.timing;
  return (
    <form
      className="format-editor"
      aria-labelledby="editor-heading"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h1 id="editor-heading">
        {editing ? `Edit ${source.name}` : `Copy ${source.code} into a format of your own`}
      </h1>
      <p className="lead">
        Built-in formats never change; your copy is stored in this browser and can be used for any mock exam.
      </p>
      {problems.length > 0 && (
        <div role="alert" className="error-banner">
          <p>The format was not saved. Please fix:</p>
          <ul>
            {problems.map((p) => (
              <li key={`${p.field}-${p.message}`}>{p.message}</li>
            ))}
          </ul>
        </div>
      )}
      <p>
        <label htmlFor="format-name">Name</label>{' '}
        <input
          id="format-name"
          type="text"
          value={draft.name}
          aria-invalid={problemFor('name') ? true : undefined}
          onChange={(e) => set({ name: e.target.value })}
        />
      </p>
      <p>
        <label htmlFor="format-code">Short code</label>{' '}
        <input
          id="format-code"
          type="text"
          value={draft.code}
          onChange={(e) => set({ code: e.target.value })}
        />
      </p>
      <fieldset>
        <legend>Timing</legend>
        <label>
          <input
            type="radio"
            name="timing"
            checked={timing.kind === 'timed'}
            onChange={() => set({ timing: { kind: 'timed', minutes: 90 } })}
          />{' '}
          Timed exam
        </label>
        <label>
          <input
            type="radio"
            name="timing"
            checked={timing.kind === 'window'}
            onChange={() => set({ timing: { kind: 'window', days: 10 } })}
          />{' '}
          Multi-day window
        </label>
        {timing.kind === 'timed' ? (
          <p>
            <label htmlFor="format-minutes">Time limit in minutes</label>{' '}
            <NumberInput
              id="format-minutes"
              min={1}
              value={timing.minutes}
              aria-invalid={problemFor('timing') ? true : undefined}
              onValue={(minutes) => set({ timing: { kind: 'timed', minutes } })}
            />
          </p>
        ) : (
          <p>
            <label htmlFor="format-days">Window in days</label>{' '}
            <NumberInput
              id="format-days"
              min={1}
              value={timing.days}
              aria-invalid={problemFor('timing') ? true : undefined}
              onValue={(days) => set({ timing: { kind: 'window', days } })}
            />
          </p>
        )}
      </fieldset>
      <p>
        <label htmlFor="format-pass">Pass mark in percent</label>{' '}
        <NumberInput
          id="format-pass"
          min={1}
          max={100}
          value={draft.passPercent}
          aria-invalid={problemFor('passPercent') ? true : undefined}
          onValue={(passPercent) => set({ passPercent })}
        />
      </p>
      <p>
        <label>
          <input
            type="checkbox"
            checked={draft.openBook}
            onChange={(e) => set({ openBook: e.target.checked })}
          />{' '}
          Open book and notes
        </label>
      </p>
      {draft.parts.map((part, i) => (
        <PartEditor
          key={part.id}
          part={part}
          index={i}
          onChange={(next) => set({ parts: draft.parts.map((p, j) => (j === i ? next : p)) })}
        />
      ))}
      <div className="button-row">
        <button type="submit" className="primary">
          Save format
        </button>
        <Link className="button" to={`/formats/${source.id}`}>
          Cancel
        </Link>
      </div>
    </form>
  );
}

/** Copy any format (or edit a custom one): validated, then stored in this browser. */
export function FormatEditorPage({ mode }: { mode: 'copy' | 'edit' }) {
  const { formatId = '' } = useParams();
  const format = useFormat(formatId);
  usePageTitle(mode === 'copy' ? 'Copy a format' : 'Edit a format');
  if (format === undefined) return <p role="status">Loading the format…</p>;
  if (format === null || (mode === 'edit' && format.origin !== 'custom')) {
    return (
      <>
        <h1>This format cannot be edited</h1>
        <p>
          Built-in formats are never changed: <Link to={`/formats/${formatId}/copy`}>copy it</Link> instead.
        </p>
      </>
    );
  }
  return <Editor source={format} editing={mode === 'edit'} />;
}
