import { areaLabel } from '../../domain/areas';
import type { AcceptedAnswer, Question } from '../../domain/questions';
import { RichText } from '../../ui/RichText';

const TYPE_NAMES: Record<Question['type'], string> = {
  single: 'one answer',
  multiple: 'several answers',
  short: 'typed answer',
  case: 'coding case',
};

function accepted(a: AcceptedAnswer): string {
  return a.kind === 'text' ? a.text : a.tolerance > 0 ? `${a.value} ± ${a.tolerance}` : String(a.value);
}

/** One question as the candidate will see it, with its key and rationale: bank text through RichText only. */
export function QuestionPreview({ question: q, number }: { question: Question; number: number }) {
  const headingId = `preview-q-${number}`;
  return (
    <article className="question panel" aria-labelledby={headingId}>
      <h5 id={headingId}>
        Question {number}: {areaLabel(q.area)}, {TYPE_NAMES[q.type]}
      </h5>
      <RichText className="stem" text={q.stem} format={q.textFormat} />
      {(q.type === 'single' || q.type === 'multiple') && (
        <ol className="choices" aria-label="Choices">
          {q.choices.map((c) => {
            const key = q.type === 'single' ? c.id === q.key : q.keys.includes(c.id);
            return (
              <li key={c.id} className="choice">
                <span className="choice-letter">{c.id}.</span>{' '}
                <RichText className="choice-text" text={c.text} format={q.textFormat} />
                {key && <strong> (key)</strong>}
              </li>
            );
          })}
        </ol>
      )}
      {q.type === 'short' && (
        <p>
          Accepted answers: {q.accepted.map(accepted).join('; ')}
          {q.caseSensitive ? ' (case matters)' : ''}
        </p>
      )}
      {q.type === 'case' && (
        <>
          <pre className="record">{q.record}</pre>
          <p>
            Expected codes: {q.expectedCodes.map((c) => `${c.code} (${c.system})`).join(', ')}
            {q.principalFirst ? '; the first is the principal diagnosis' : ''}
          </p>
        </>
      )}
      {q.rationale.trim() !== '' && (
        <div className="rationale">
          <p>
            <strong>Rationale</strong>
          </p>
          <RichText text={q.rationale} format={q.textFormat} />
        </div>
      )}
    </article>
  );
}
