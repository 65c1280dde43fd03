import { useEffect, useState } from 'react';
import type { Attempt, AttemptEvent } from '../../domain/attempt';
import { pace, remainingMs, timerMustShow, warningsDue } from '../../domain/clock';
import { DAY, formatDaysHours, formatHms, HOUR, MINUTE } from '../../domain/time';
import { useNow } from '../../ui/useNow';

function describeThreshold(ms: number): string {
  if (ms >= DAY) return `${ms / DAY === 1 ? '24 hours' : `${ms / DAY} days`}`;
  if (ms >= HOUR) return `${ms / HOUR} ${ms === HOUR ? 'hour' : 'hours'}`;
  return `${ms / MINUTE} minutes`;
}

interface Props {
  attempt: Attempt;
  answered: number;
  dispatch: (event: AttemptEvent) => Promise<void>;
  readOnly: boolean;
}

/** Time left as `deadline - now`, warnings announced politely, hideable except near the end. */
export function Timer({ attempt, answered, dispatch, readOnly }: Props) {
  const now = useNow(1000);
  const { clock, format } = attempt;
  const remaining = remainingMs(clock, now);
  const [hidden, setHidden] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const forced = timerMustShow(format.timing, remaining);
  const visible = !hidden || forced;
  const paused = clock.pausedAt !== null;

  const due = warningsDue(format.timing, remaining, attempt.warningsShown);
  const dueKey = due.join(',');
  useEffect(() => {
    if (readOnly || dueKey === '') return;
    const thresholds = dueKey.split(',').map(Number);
    const smallest = Math.min(...thresholds);
    setAnnouncement(`${describeThreshold(smallest)} left.`);
    for (const threshold of thresholds) void dispatch({ type: 'warning-shown', threshold });
  }, [dueKey, dispatch, readOnly]);

  const timeUp = remaining <= 0 && !paused;
  useEffect(() => {
    if (timeUp && !readOnly) void dispatch({ type: 'observe-clock' });
  }, [timeUp, dispatch, readOnly]);

  const text = format.timing.kind === 'timed' ? formatHms(remaining) : formatDaysHours(remaining);
  const p = pace(clock, now, attempt.form.items.length, answered);
  const paceText =
    p.difference === 0 ? 'on pace' : p.difference > 0 ? `${p.difference} ahead` : `${-p.difference} behind`;

  return (
    <div className="timer-bar">
      <div className="timer-block">
        <span className="timer-label" id="timer-label">
          Time remaining
        </span>
        <div role="timer" aria-labelledby="timer-label" className={forced ? 'timer timer-urgent' : 'timer'}>
          {visible ? text : 'hidden'}
          {paused ? ' (paused)' : ''}
        </div>
        <button type="button" aria-pressed={hidden} onClick={() => setHidden((h) => !h)} disabled={forced}>
          {hidden ? 'Show timer' : 'Hide timer'}
        </button>
      </div>
      {format.timing.kind === 'window' && (
        <p className="muted">
          Window closes{' '}
          {new Date(clock.deadline).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}
        </p>
      )}
      <p className="pace">
        Answered {answered} of {attempt.form.items.length} · even pace {p.expected} · {paceText}
      </p>
      <div role="status" aria-live="polite" className={announcement ? 'warning-banner' : 'visually-hidden'}>
        {announcement}
      </div>
    </div>
  );
}
