import { useState } from 'react';
import { type Attempt, responseOf } from '../../domain/attempt';
import { questionKey } from '../../domain/questions';
import { Modal } from '../../ui/Modal';

interface Props {
  attempt: Attempt;
  readOnly: boolean;
  onGo: (index: number) => void;
  onBack: () => void;
  onSubmit: () => Promise<void>;
}

function QuestionLinks({ indexes, onGo }: { indexes: number[]; onGo: (index: number) => void }) {
  if (indexes.length === 0) return <p className="muted">None.</p>;
  return (
    <ul className="link-list">
      {indexes.map((i) => (
        <li key={i}>
          <button type="button" className="link-button" onClick={() => onGo(i)}>
            Question {i + 1}
          </button>
        </li>
      ))}
    </ul>
  );
}

/** The last look before submitting: what is unanswered and flagged, each a way back to it. */
export function ReviewPanel({ attempt, readOnly, onGo, onBack, onSubmit }: Props) {
  const [confirming, setConfirming] = useState(false);
  const unanswered: number[] = [];
  const flagged: number[] = [];
  attempt.form.items.forEach((item, i) => {
    const r = responseOf(attempt, questionKey(item.question));
    if (r.answer === null) unanswered.push(i);
    if (r.flagged) flagged.push(i);
  });
  const total = attempt.form.items.length;
  return (
    <section aria-labelledby="review-heading" className="review">
      <h2 id="review-heading" tabIndex={-1}>
        Review before submitting
      </h2>
      <p>
        Answered {total - unanswered.length} of {total}.
      </p>
      <h3>Unanswered: {unanswered.length}</h3>
      <QuestionLinks indexes={unanswered} onGo={onGo} />
      <h3>Flagged: {flagged.length}</h3>
      <QuestionLinks indexes={flagged} onGo={onGo} />
      <div className="button-row">
        <button type="button" onClick={onBack}>
          Back to questions
        </button>
        <button type="button" className="primary" disabled={readOnly} onClick={() => setConfirming(true)}>
          Submit exam
        </button>
      </div>
      {confirming && (
        <Modal title="Submit your exam?" onClose={() => setConfirming(false)}>
          <p>
            {unanswered.length > 0
              ? `${unanswered.length} ${unanswered.length === 1 ? 'question is' : 'questions are'} unanswered and will score nothing. `
              : ''}
            You cannot change any answer after submitting.
          </p>
          <div className="button-row">
            <button type="button" onClick={() => setConfirming(false)}>
              Keep working
            </button>
            <button type="button" className="primary" onClick={() => void onSubmit()}>
              Submit now
            </button>
          </div>
        </Modal>
      )}
    </section>
  );
}
