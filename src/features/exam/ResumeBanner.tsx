import { Link } from 'react-router';
import { remainingMs } from '../../domain/clock';
import { formatDaysHours, formatHms } from '../../domain/time';
import { useInProgressAttempts } from '../../storage/live';

/** The home page offers every attempt still in progress, with the time it had left when last seen. */
export function ResumeBanner() {
  const attempts = useInProgressAttempts();
  if (!attempts || attempts.length === 0) return null;
  const now = Date.now();
  return (
    <section className="resume panel" aria-labelledby="resume-heading">
      <h2 id="resume-heading">Exams in progress</h2>
      <ul>
        {attempts.map((a) => {
          const left = remainingMs(a.clock, now);
          const text = a.format.timing.kind === 'timed' ? formatHms(left) : formatDaysHours(left);
          return (
            <li key={a.id}>
              <Link to={`/exam/${a.id}`} className="button primary">
                Resume {a.format.code} {a.mode === 'exam' ? 'exam' : 'practice'}
              </Link>{' '}
              <span className="muted">
                started {new Date(a.startedAt).toLocaleString()} · {text} left
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
