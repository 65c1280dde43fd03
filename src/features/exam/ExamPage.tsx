import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, Navigate, useParams } from 'react-router';
import { type AttemptEvent, answeredCount, isFinished, responseOf } from '../../domain/attempt';
import { questionKey } from '../../domain/questions';
import { usePageTitle } from '../../ui/usePageTitle';
import { ExamShortcuts } from './ExamShortcuts';
import { Navigator } from './Navigator';
import { OpenBookNotes } from './OpenBookNotes';
import { answerWithChoice, QuestionPanel } from './QuestionPanel';
import { ReviewPanel } from './ReviewPanel';
import { useRunner } from './store';
import { Timer } from './Timer';
import { useExamKeys } from './useExamKeys';
import { useOwnership } from './useOwnership';

export function ExamPage() {
  const { attemptId = '' } = useParams();
  const attempt = useRunner((s) => s.attempt);
  const missing = useRunner((s) => s.missing);
  const ownership = useRunner((s) => s.ownership);
  const failed = useRunner((s) => s.failed);
  const dispatch = useRunner((s) => s.dispatch);
  const load = useRunner((s) => s.load);
  const navigate = useRunner((s) => s.navigate);
  const position = useRunner((s) => s.position);
  const retry = useRunner((s) => s.retry);
  const [view, setView] = useState<'question' | 'review'>('question');
  const [help, setHelp] = useState(false);
  useOwnership(attemptId);
  const reset = useRunner((s) => s.reset);
  useEffect(() => {
    void load(attemptId);
    return reset;
  }, [attemptId, load, reset]);
  usePageTitle(attempt ? `${attempt.format.code} mock exam` : 'Mock exam');

  const current = attempt && attempt.id === attemptId ? attempt : null;
  const readOnly = ownership !== 'owner' || failed !== null;
  const paused = current?.clock.pausedAt != null;
  const total = current?.form.items.length ?? 0;

  // Moving to a question puts focus on its heading, so a screen reader reads it next.
  const focusTarget = useRef<string | null>(null);
  useEffect(() => {
    if (focusTarget.current) document.getElementById(focusTarget.current)?.focus();
    focusTarget.current = null;
  });

  const go = useCallback(
    (index: number) => {
      setView('question');
      focusTarget.current = 'question-heading';
      navigate(index);
    },
    [navigate],
  );

  // A key acts on the question shown when it was pressed, and on that question's answer as it is
  // when the key is applied, so fast typing never lands on the wrong question or loses a toggle.
  const keyActions = useMemo(
    () => ({
      choose: (choice: string) => {
        const at = useRunner.getState().position;
        void dispatch((attempt): AttemptEvent | null => {
          const question = attempt.form.items[at]?.question;
          if (!question || (question.type !== 'single' && question.type !== 'multiple')) return null;
          if (!question.choices.some((c) => c.id === choice)) return null;
          const key = questionKey(question);
          return {
            type: 'answer',
            question: key,
            answer: answerWithChoice(question, responseOf(attempt, key).answer, choice),
          };
        });
      },
      next: () => go(useRunner.getState().position + 1),
      previous: () => go(useRunner.getState().position - 1),
      flag: () => {
        const at = useRunner.getState().position;
        void dispatch((attempt): AttemptEvent | null => {
          const question = attempt.form.items[at]?.question;
          if (!question) return null;
          const key = questionKey(question);
          return { type: 'flag', question: key, flagged: !responseOf(attempt, key).flagged };
        });
      },
      help: () => setHelp(true),
    }),
    [dispatch, go],
  );
  const onKeyDown = useExamKeys(
    current !== null && view === 'question' && !readOnly && !paused && !help,
    keyActions,
  );

  // The question heading takes focus when the exam opens, so the keys work at once.
  const loadedId = current?.id;
  useEffect(() => {
    if (loadedId) document.getElementById('question-heading')?.focus();
  }, [loadedId]);

  if (missing) {
    return (
      <>
        <h1>Exam not found</h1>
        <p>
          This browser holds no exam at this address. <Link to="/">Back to the exams</Link>.
        </p>
      </>
    );
  }
  if (!current) return <p role="status">Loading your exam…</p>;
  if (isFinished(current)) return <Navigate to={`/results/${current.id}`} replace />;

  const answered = answeredCount(current);
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: shortcuts for the whole exam region; every action also has a button
    <div className="exam" onKeyDown={onKeyDown}>
      <div className="exam-header">
        <h1>
          {current.format.code} mock exam{' '}
          <span className="badge">{current.mode === 'exam' ? 'Exam mode' : 'Practice mode'}</span>
        </h1>
        <Timer attempt={current} answered={answered} dispatch={dispatch} readOnly={readOnly} />
      </div>
      {ownership === 'other-tab' && (
        <p role="alert" className="error-banner">
          This exam is open in another tab or window. Answer there: this tab cannot change it, so nothing is
          saved twice. Close the other tab to continue here.
        </p>
      )}
      {failed && (
        <div role="alert" className="error-banner">
          <p>{failed.message}</p>
          <button type="button" onClick={() => void retry()}>
            Retry now
          </button>
        </div>
      )}
      {paused ? (
        <section className="paused panel" aria-labelledby="paused-heading">
          <h2 id="paused-heading">Paused</h2>
          <p>
            The clock is stopped and the question is hidden. Practice mode only: the real exam does not pause.
          </p>
          <button type="button" className="primary" onClick={() => void dispatch({ type: 'resume' })}>
            Resume
          </button>
        </section>
      ) : view === 'review' ? (
        <ReviewPanel
          attempt={current}
          readOnly={readOnly}
          onGo={go}
          onBack={() => go(position)}
          onSubmit={() => dispatch({ type: 'submit' })}
        />
      ) : (
        <div className="exam-body">
          <div className="exam-main">
            <QuestionPanel attempt={current} index={position} readOnly={readOnly} dispatch={dispatch} />
            <div className="button-row">
              <button type="button" onClick={() => go(position - 1)} disabled={position === 0}>
                Previous
              </button>
              <button type="button" onClick={() => go(position + 1)} disabled={position >= total - 1}>
                Next
              </button>
              <button
                type="button"
                className="primary"
                onClick={() => {
                  focusTarget.current = 'review-heading';
                  setView('review');
                }}
              >
                Review and submit
              </button>
              {current.mode === 'practice' && (
                <button type="button" onClick={() => void dispatch({ type: 'pause' })} disabled={readOnly}>
                  Pause
                </button>
              )}
              <button type="button" onClick={() => setHelp(true)} aria-haspopup="dialog">
                Keyboard shortcuts
              </button>
            </div>
          </div>
          <aside className="exam-side" aria-label="Exam tools">
            <Navigator attempt={current} current={position} onGo={go} />
            {current.format.openBook && <OpenBookNotes attemptId={current.id} readOnly={readOnly} />}
          </aside>
        </div>
      )}
      {help && <ExamShortcuts onClose={() => setHelp(false)} />}
    </div>
  );
}
