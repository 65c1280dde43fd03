import { Link, useParams } from 'react-router';
import { useAttemptRow } from '../../storage/live';
import { usePageTitle } from '../../ui/usePageTitle';

function percent(n: number): string {
  return `${(Math.round(n * 10) / 10).toString()}%`;
}

/** Passed or not, the percent against the pass mark, and the points. */
export function ResultsPage() {
  const { attemptId = '' } = useParams();
  const row = useAttemptRow(attemptId);
  usePageTitle(row ? `${row.format.code} result` : 'Result');
  if (row === undefined) return <p role="status">Loading the result…</p>;
  if (row === null) {
    return (
      <>
        <h1>Result not found</h1>
        <p>
          This browser holds no exam at this address. <Link to="/">Back to the exams</Link>.
        </p>
      </>
    );
  }
  const { score } = row;
  if (row.status === 'in-progress' || !score) {
    return (
      <>
        <h1>{row.format.code} exam still in progress</h1>
        <p>
          <Link to={`/exam/${row.id}`}>Return to the exam</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <h1>
        {row.format.code} {row.mode === 'exam' ? 'mock exam' : 'practice'} result
      </h1>
      <section aria-labelledby="outcome" className={`outcome panel ${score.passed ? 'passed' : 'failed'}`}>
        <h2 id="outcome">{score.passed ? 'Passed' : 'Not passed'}</h2>
        <p className="score-line">
          {percent(score.percent)} against a pass mark of {score.passPercent}%
        </p>
        <dl className="facts">
          <div>
            <dt>Points</dt>
            <dd>
              {score.earned} of {score.possible}
            </dd>
          </div>
          <div>
            <dt>Needed to pass</dt>
            <dd>{score.pointsNeeded}</dd>
          </div>
          <div>
            <dt>Margin</dt>
            <dd>{score.margin >= 0 ? `${score.margin} above the pass mark` : `${-score.margin} short`}</dd>
          </div>
          <div>
            <dt>Finished</dt>
            <dd>{row.status === 'expired' ? 'Time ran out: submitted at the deadline' : 'Submitted'}</dd>
          </div>
        </dl>
      </section>
      <p>
        <Link to={`/formats/${row.formatId}`}>Sit another {row.format.code} mock</Link>
      </p>
    </>
  );
}
