import { Link } from 'react-router';
import type { FinishedState } from './useFinishedAttempt';

/** What to show instead of a report: loading, nothing at this address, or an attempt still running. */
export function NotFinished({ state }: { state: Exclude<FinishedState, { kind: 'finished' }> }) {
  switch (state.kind) {
    case 'loading':
      return <p role="status">Loading the result…</p>;
    case 'missing':
      return (
        <>
          <h1>Result not found</h1>
          <p>
            This browser holds no exam at this address. <Link to="/history">See your history</Link> or{' '}
            <Link to="/">go back to the exams</Link>.
          </p>
        </>
      );
    case 'running':
      return (
        <>
          <h1>{state.row.format.code} exam still in progress</h1>
          <p>
            <Link to={`/exam/${state.row.id}`}>Return to the exam</Link>
          </p>
        </>
      );
  }
}
