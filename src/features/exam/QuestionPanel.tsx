import { useState } from 'react';
import { areaLabel } from '../../domain/areas';
import { type Answer, type Attempt, responseOf } from '../../domain/attempt';
import { describeKey } from '../../domain/describe';
import { type Question, questionKey } from '../../domain/questions';
import { RichText } from '../../ui/RichText';
import { CaseEntry } from './CaseEntry';
import { ChoiceList } from './ChoiceList';
import { ShortAnswer } from './ShortAnswer';
import type { EventSource } from './store';

interface Props {
  attempt: Attempt;
  index: number;
  readOnly: boolean;
  dispatch: (source: EventSource) => Promise<void>;
}

/** The next answer when a choice is picked: replaces a single answer, toggles one of several. */
export function answerWithChoice(question: Question, current: Answer | null, choice: string): Answer | null {
  if (question.type === 'single') return { type: 'single', choice };
  if (question.type !== 'multiple') return current;
  const chosen = current?.type === 'multiple' ? current.choices : [];
  const next = chosen.includes(choice) ? chosen.filter((c) => c !== choice) : [...chosen, choice];
  return next.length > 0 ? { type: 'multiple', choices: next } : null;
}

function KeyAndRationale({ question }: { question: Question }) {
  const key = describeKey(question);
  return (
    <section className="rationale" aria-label="Answer and rationale">
      <p>
        <strong>Answer:</strong> {key}
      </p>
      {question.rationale ? (
        <RichText text={question.rationale} format={question.textFormat} />
      ) : (
        <p>No rationale given in this bank.</p>
      )}
    </section>
  );
}

export function QuestionPanel({ attempt, index, readOnly, dispatch }: Props) {
  const item = attempt.form.items[index];
  const [showRationaleFor, setShowRationaleFor] = useState<string | null>(null);
  if (!item) return null;
  const { question } = item;
  const key = questionKey(question);
  const response = responseOf(attempt, key);
  const part = attempt.format.parts.find((p) => p.id === item.partId);
  const answer = (next: Answer | null) => dispatch({ type: 'answer', question: key, answer: next });

  return (
    <section className="question" aria-labelledby="question-heading">
      <h2 id="question-heading" tabIndex={-1}>
        Question {index + 1} of {attempt.form.items.length}
      </h2>
      <p className="muted">
        {part?.title ?? ''} · {areaLabel(question.area)}
      </p>
      <RichText text={question.stem} format={question.textFormat} className="stem" />
      {(() => {
        switch (question.type) {
          case 'single':
          case 'multiple':
            return (
              <ChoiceList
                question={question}
                answer={response.answer}
                struck={response.struck}
                disabled={readOnly}
                onChoose={(choice) =>
                  dispatch((latest) => ({
                    type: 'answer',
                    question: key,
                    answer: answerWithChoice(question, responseOf(latest, key).answer, choice),
                  }))
                }
                onStrike={(choice, struck) => dispatch({ type: 'strike', question: key, choice, struck })}
              />
            );
          case 'short':
            return (
              <ShortAnswer
                key={key}
                questionId={question.id}
                saved={response.answer?.type === 'short' ? response.answer.text : ''}
                disabled={readOnly}
                onChange={(text) => answer(text.trim() === '' ? null : { type: 'short', text })}
              />
            );
          case 'case':
            return (
              <CaseEntry
                key={key}
                question={question}
                saved={response.answer?.type === 'case' ? response.answer.codes : []}
                disabled={readOnly}
                onChange={(codes) =>
                  answer(codes.some((c) => c.trim() !== '') ? { type: 'case', codes } : null)
                }
              />
            );
        }
      })()}
      <div className="question-tools">
        <button
          type="button"
          aria-pressed={response.flagged}
          disabled={readOnly}
          onClick={() => dispatch({ type: 'flag', question: key, flagged: !response.flagged })}
        >
          Flag for review
        </button>
        {attempt.mode === 'practice' && (
          <button
            type="button"
            aria-expanded={showRationaleFor === key}
            onClick={() => setShowRationaleFor(showRationaleFor === key ? null : key)}
          >
            {showRationaleFor === key ? 'Hide rationale' : 'Show rationale'}
          </button>
        )}
      </div>
      {attempt.mode === 'practice' && showRationaleFor === key && <KeyAndRationale question={question} />}
      <div className="question-note">
        <label htmlFor={`note-${key}`}>Notes for this question</label>
        <textarea
          key={key}
          id={`note-${key}`}
          rows={2}
          defaultValue={response.note}
          disabled={readOnly}
          onChange={(e) => dispatch({ type: 'note', question: key, text: e.target.value })}
        />
      </div>
    </section>
  );
}
