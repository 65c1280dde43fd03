import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { areaLabel } from '../../../domain/areas';
import {
  filterReview,
  REVIEW_FILTERS,
  type ReviewEntry,
  type ReviewFilter,
  reviewEntries,
} from '../../../domain/report';
import { usePageTitle } from '../../../ui/usePageTitle';
import { NotFinished } from '../NotFinished';
import { useFinishedAttempt } from '../useFinishedAttempt';
import { ReviewQuestion } from './ReviewQuestion';
import { ReviewShortcuts } from './ReviewShortcuts';
import { useReviewKeys } from './useReviewKeys';

const FILTER_TEXT: Record<ReviewFilter, string> = {
  all: 'All',
  incorrect: 'Incorrect',
  unanswered: 'Unanswered',
  flagged: 'Flagged',
};

/** A mark beside each number, so the outcome does not rest on colour alone. */
const OUTCOME_MARK: Record<ReviewEntry['outcome'], string> = {
  correct: '✓',
  incorrect: '✗',
  unanswered: '–',
};

function describeEntry(e: ReviewEntry): string {
  return `Question ${e.index + 1}, ${e.outcome}${e.flagged ? ', flagged' : ''}`;
}

/** Every question with the answer given, the key and the rationale; filterable; N and P to move. */
export function ReviewPage() {
  const { attemptId = '' } = useParams();
  const state = useFinishedAttempt(attemptId);
  usePageTitle(state.kind === 'finished' ? `${state.row.format.code} answer review` : 'Answer review');
  if (state.kind !== 'finished') return <NotFinished state={state} />;
  return <Review attemptId={attemptId} state={state} />;
}

type Finished = Extract<ReturnType<typeof useFinishedAttempt>, { kind: 'finished' }>;

function Review({ attemptId, state }: { attemptId: string; state: Finished }) {
  const { attempt, score } = state;
  const entries = useMemo(() => reviewEntries(attempt.form, attempt.responses, score), [attempt, score]);
  const [filter, setFilter] = useState<ReviewFilter>('all');
  const [area, setArea] = useState<string | null>(null);
  const [current, setCurrent] = useState(0);
  const [help, setHelp] = useState(false);
  const focusHeading = useRef(false);

  const shown = useMemo(() => filterReview(entries, filter, area), [entries, filter, area]);
  const areas = useMemo(() => [...new Set(entries.map((e) => e.question.area))], [entries]);
  const counts = useMemo(
    () => Object.fromEntries(REVIEW_FILTERS.map((f) => [f, filterReview(entries, f, area).length])),
    [entries, area],
  );
  const at = shown.findIndex((e) => e.index === current);
  const entry = at >= 0 ? shown[at] : shown[0];

  useEffect(() => {
    if (focusHeading.current) document.getElementById('review-question-heading')?.focus();
    focusHeading.current = false;
  });

  const keyActions = useMemo(() => {
    const go = (delta: number) => {
      if (shown.length === 0) return;
      const from = Math.max(at, 0);
      const next = shown[Math.min(shown.length - 1, Math.max(0, from + delta))];
      if (next && next.index !== entry?.index) {
        focusHeading.current = true;
        setCurrent(next.index);
      }
    };
    return { next: () => go(1), previous: () => go(-1), help: () => setHelp(true) };
  }, [shown, at, entry]);
  useReviewKeys(!help, keyActions);

  const position = entry ? shown.indexOf(entry) : -1;
  return (
    <div className="review-page">
      <h1>
        {state.row.format.code} answer review{' '}
        <span className="badge">{state.row.mode === 'exam' ? 'Exam mode' : 'Practice mode'}</span>
      </h1>
      <p>
        <Link to={`/results/${attemptId}`}>Back to the score report</Link>
      </p>
      <form
        className="review-filters panel"
        aria-label="Filter questions"
        onSubmit={(e) => e.preventDefault()}
      >
        <fieldset>
          <legend>Show</legend>
          {REVIEW_FILTERS.map((f) => (
            <label key={f}>
              <input type="radio" name="review-filter" checked={filter === f} onChange={() => setFilter(f)} />{' '}
              {FILTER_TEXT[f]} ({counts[f] ?? 0})
            </label>
          ))}
        </fieldset>
        <p>
          <label htmlFor="review-area">Area</label>{' '}
          <select
            id="review-area"
            value={area ?? ''}
            onChange={(e) => setArea(e.target.value === '' ? null : e.target.value)}
          >
            <option value="">All areas</option>
            {areas.map((a) => (
              <option key={a} value={a}>
                {areaLabel(a)}
              </option>
            ))}
          </select>
        </p>
      </form>
      <p role="status" className="review-count">
        Showing {shown.length} of {entries.length} questions.
      </p>
      {entry ? (
        <div className="exam-body">
          <div className="exam-main">
            <ReviewQuestion entry={entry} total={entries.length} format={state.row.format} />
            <div className="button-row">
              <button type="button" onClick={keyActions.previous} disabled={position <= 0}>
                Previous
              </button>
              <button type="button" onClick={keyActions.next} disabled={position >= shown.length - 1}>
                Next
              </button>
              <button type="button" onClick={() => setHelp(true)} aria-haspopup="dialog">
                Keyboard shortcuts
              </button>
            </div>
          </div>
          <nav className="exam-side navigator" aria-label="Questions shown">
            <ul className="navigator-grid">
              {shown.map((e) => (
                <li key={e.key}>
                  <button
                    type="button"
                    className={`nav-cell review-${e.outcome}${e.flagged ? ' is-flagged' : ''}`}
                    aria-label={describeEntry(e)}
                    aria-current={e === entry ? 'step' : undefined}
                    onClick={() => {
                      focusHeading.current = true;
                      setCurrent(e.index);
                    }}
                  >
                    {e.index + 1}
                    <span aria-hidden="true"> {OUTCOME_MARK[e.outcome]}</span>
                  </button>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      ) : (
        <p>No question matches these filters.</p>
      )}
      {help && <ReviewShortcuts onClose={() => setHelp(false)} />}
    </div>
  );
}
