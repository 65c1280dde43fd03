import { Link, useParams } from 'react-router';
import { STUDY_FORMAT_ID } from '../../domain/history';
import { formatPercent } from '../../domain/report';
import { usePageTitle } from '../../ui/usePageTitle';
import { AreaBreakdown, PartBreakdown } from './Breakdown';
import { CaseMarksSection } from './CaseMarksSection';
import { NotFinished } from './NotFinished';
import { PaceSection } from './PaceSection';
import { useFinishedAttempt } from './useFinishedAttempt';

function finishedText(at: number, timeZone: string): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(at);
}

/** The score report: outcome, breakdowns by part and area, time and pace, and the coding cases. */
export function ResultsPage() {
  const { attemptId = '' } = useParams();
  const state = useFinishedAttempt(attemptId);
  usePageTitle(state.kind === 'finished' ? `${state.row.format.code} result` : 'Result');
  if (state.kind !== 'finished') return <NotFinished state={state} />;
  const { row, attempt, score, finishedAt } = state;
  const modeText = row.mode === 'exam' ? 'Exam mode' : 'Practice mode';
  return (
    <article className="report" aria-labelledby="report-heading">
      <h1 id="report-heading">
        {row.format.code} {row.mode === 'exam' ? 'mock exam' : 'practice'} result
      </h1>
      <p className="report-meta">
        <span className="badge">{modeText}</span> {row.format.name} · finished{' '}
        {finishedText(finishedAt, row.timeZone)}
        {row.accommodation !== 1 ? ` · ${row.accommodation} × time` : ''}
      </p>
      <div className="button-row no-print">
        <button type="button" onClick={() => window.print()}>
          Print report
        </button>
        <Link className="button" to="review">
          Review answers
        </Link>
        <Link className="button" to="/history">
          Your history
        </Link>
      </div>
      <section aria-labelledby="outcome" className={`outcome panel ${score.passed ? 'passed' : 'failed'}`}>
        <h2 id="outcome">{score.passed ? 'Passed' : 'Not passed'}</h2>
        <p className="score-line">
          {formatPercent(score.percent)} against a pass mark of {score.passPercent}%
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
            <dt>Mode</dt>
            <dd>
              {row.mode === 'exam' ? 'Exam mode: the real rules' : 'Practice mode: scored apart from exams'}
            </dd>
          </div>
          <div>
            <dt>Finished</dt>
            <dd>{row.status === 'expired' ? 'Time ran out: submitted at the deadline' : 'Submitted'}</dd>
          </div>
        </dl>
      </section>
      <PartBreakdown score={score} format={row.format} />
      <AreaBreakdown score={score} />
      <PaceSection attempt={attempt} finishedAt={finishedAt} />
      <CaseMarksSection form={attempt.form} score={score} />
      <p className="no-print">
        {row.formatId === STUDY_FORMAT_ID ? (
          <Link to="/history/study">Build another study quiz</Link>
        ) : (
          <Link to={`/formats/${row.formatId}`}>Sit another {row.format.code} mock</Link>
        )}
      </p>
    </article>
  );
}
