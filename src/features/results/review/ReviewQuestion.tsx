import { areaLabel } from '../../../domain/areas';
import { type Answer, chosenChoices } from '../../../domain/attempt';
import { displayCode } from '../../../domain/codes';
import { describeKey } from '../../../domain/describe';
import type { ExamFormat } from '../../../domain/formats';
import type { Question } from '../../../domain/questions';
import type { Outcome, ReviewEntry } from '../../../domain/report';
import { RichText } from '../../../ui/RichText';

const OUTCOME_TEXT: Record<Outcome, string> = {
  correct: 'Correct',
  incorrect: 'Incorrect',
  unanswered: 'Unanswered',
};

function answerText(answer: Answer | null): string {
  if (answer === null) return 'Not answered';
  switch (answer.type) {
    case 'single':
      return answer.choice;
    case 'multiple':
      return answer.choices.join(', ');
    case 'short':
      return answer.text;
    case 'case':
      return answer.codes.filter((c) => c.trim() !== '').join(', ');
  }
}

function Choices({ question, answer }: { question: Question; answer: Answer | null }) {
  if (question.type !== 'single' && question.type !== 'multiple') return null;
  const chosen = chosenChoices(answer);
  const keys = question.type === 'single' ? [question.key] : question.keys;
  return (
    <ul className="review-choices" aria-label="Choices">
      {question.choices.map((choice) => {
        const mine = chosen.includes(choice.id);
        const isKey = keys.includes(choice.id);
        return (
          <li key={choice.id} className={`${isKey ? 'is-key' : ''} ${mine ? 'is-mine' : ''}`}>
            <span className="choice-letter">{choice.id}</span>
            <RichText text={choice.text} format={question.textFormat} className="choice-text" />
            <span className="review-tags">
              {mine && <span className="tag">Your answer</span>}
              {isKey && <span className="tag tag-key">Correct answer</span>}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

function CaseCodes({ entry }: { entry: ReviewEntry }) {
  const { question, caseMarks } = entry;
  if (question.type !== 'case' || caseMarks === null) return null;
  return (
    <table className="data-table case-marks">
      <caption>Codes</caption>
      <thead>
        <tr>
          <th scope="col">Expected code</th>
          <th scope="col">Result</th>
          <th scope="col">Why</th>
        </tr>
      </thead>
      <tbody>
        {question.expectedCodes.map((code, i) => {
          const mark = caseMarks.expected[i]?.mark ?? 'missing';
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: expected codes are addressed by position
            <tr key={i}>
              <th scope="row">{displayCode(code.code, code.system)}</th>
              <td>{mark === 'found' ? 'Found' : mark === 'missing' ? 'Missing' : 'Out of order'}</td>
              <td>{code.why ? <RichText text={code.why} format={question.textFormat} /> : '—'}</td>
            </tr>
          );
        })}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Extra codes entered</th>
          <td colSpan={2}>{caseMarks.extra.length > 0 ? caseMarks.extra.join(', ') : 'None'}</td>
        </tr>
      </tfoot>
    </table>
  );
}

/** One question as it was answered: the candidate's answer, the key and the rationale. */
export function ReviewQuestion({
  entry,
  total,
  format,
}: {
  entry: ReviewEntry;
  total: number;
  format: ExamFormat;
}) {
  const { question } = entry;
  const part = format.parts.find((p) => p.id === entry.partId);
  return (
    <section className="question review-question" aria-labelledby="review-question-heading">
      <h2 id="review-question-heading" tabIndex={-1}>
        Question {entry.index + 1} of {total}
      </h2>
      <p className="muted">
        {part?.title ?? entry.partId} · {areaLabel(question.area)}
      </p>
      <p className={`review-outcome outcome-${entry.outcome}`}>
        <strong>{OUTCOME_TEXT[entry.outcome]}</strong> · {entry.earned} of {entry.possible}{' '}
        {entry.possible === 1 ? 'point' : 'points'}
        {entry.flagged ? ' · Flagged' : ''}
      </p>
      <RichText text={question.stem} format={question.textFormat} className="stem" />
      {question.type === 'case' && (
        <section className="record" aria-labelledby={`review-record-${entry.index}`}>
          <h3 id={`review-record-${entry.index}`}>Medical record</h3>
          <RichText text={question.record} format="plain" />
        </section>
      )}
      <Choices question={question} answer={entry.answer} />
      <dl className="facts review-answer">
        <div>
          <dt>Your answer</dt>
          <dd>{answerText(entry.answer)}</dd>
        </div>
        <div>
          <dt>Key</dt>
          <dd>{describeKey(question)}</dd>
        </div>
      </dl>
      <CaseCodes entry={entry} />
      <section className="rationale" aria-labelledby={`rationale-${entry.index}`}>
        <h3 id={`rationale-${entry.index}`}>Rationale</h3>
        {question.rationale ? (
          <RichText text={question.rationale} format={question.textFormat} />
        ) : (
          <p>No rationale given in this bank.</p>
        )}
        {question.references.length > 0 && (
          <>
            <h4>References</h4>
            <ul>
              {question.references.map((ref) => (
                <li key={ref}>
                  <RichText text={ref} format="plain" />
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      {entry.note.trim() !== '' && (
        <p className="review-note">
          <strong>Your note:</strong> {entry.note}
        </p>
      )}
    </section>
  );
}
