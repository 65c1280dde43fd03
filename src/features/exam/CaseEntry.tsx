import { useState } from 'react';
import { normaliseCode } from '../../domain/codes';
import type { CaseQuestion } from '../../domain/questions';

interface Props {
  question: CaseQuestion;
  saved: readonly string[];
  disabled: boolean;
  onChange: (codes: string[]) => void;
}

/**
 * Code entry rows the candidate adds, removes and reorders; each change is saved at once. The
 * parent keys this by question, so the rows start from what is saved and then lead.
 */
export function CaseEntry({ question, saved, disabled, onChange }: Props) {
  const [codes, setCodes] = useState<string[]>(saved.length > 0 ? [...saved] : ['']);

  const update = (next: string[]) => {
    setCodes(next);
    onChange(next);
  };
  const move = (from: number, to: number) => {
    const next = [...codes];
    const [code] = next.splice(from, 1);
    next.splice(to, 0, code ?? '');
    update(next);
  };

  return (
    <div className="case-entry">
      <section aria-labelledby={`record-${question.id}`} className="record">
        <h3 id={`record-${question.id}`}>Medical record</h3>
        <div className="plain-text record-text">{question.record}</div>
      </section>
      <fieldset disabled={disabled}>
        <legend>Codes {question.principalFirst ? '(principal diagnosis first)' : ''}</legend>
        <ol className="code-rows">
          {codes.map((code, i) => {
            const id = `code-${question.id}-${i}`;
            const normalised = normaliseCode(code);
            return (
              // Rows are positions, not identities: a row's index is its identity here.
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are addressed by position
              <li key={i}>
                <label htmlFor={id}>Code {i + 1}</label>
                <input
                  id={id}
                  type="text"
                  autoComplete="off"
                  spellCheck={false}
                  value={code}
                  onChange={(e) => update(codes.map((c, j) => (j === i ? e.target.value : c)))}
                />
                <output htmlFor={id} className="normalised" aria-label={`Code ${i + 1} reads as`}>
                  {normalised || '—'}
                </output>
                <button
                  type="button"
                  onClick={() => move(i, i - 1)}
                  disabled={i === 0}
                  aria-label={`Move code ${i + 1} up`}
                >
                  Up
                </button>
                <button
                  type="button"
                  onClick={() => move(i, i + 1)}
                  disabled={i === codes.length - 1}
                  aria-label={`Move code ${i + 1} down`}
                >
                  Down
                </button>
                <button
                  type="button"
                  onClick={() => update(codes.length === 1 ? [''] : codes.filter((_, j) => j !== i))}
                  aria-label={`Remove code ${i + 1}`}
                >
                  Remove
                </button>
              </li>
            );
          })}
        </ol>
        <button type="button" onClick={() => update([...codes, ''])}>
          Add code
        </button>
      </fieldset>
    </div>
  );
}
