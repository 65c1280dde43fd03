import { type Attempt, applyEvent, isFinished } from '../domain/attempt';
import { scoreAttempt } from '../domain/scoring';
import { finishAttempt, inProgressAttempts, loadAttempt } from './attempts';

/** Stores a finished attempt with its score, so history never has to rescore it. */
export async function recordFinish(attempt: Attempt): Promise<void> {
  if (!isFinished(attempt) || attempt.finishedAt === null) return;
  await finishAttempt(attempt.id, attempt.status, attempt.finishedAt, attempt.clock, scoreAttempt(attempt));
}

/**
 * Finishes every in-progress attempt whose deadline has passed, as the app opens: the clock ran
 * on while the tab was closed, and only answers saved by the deadline count.
 */
export async function finishExpiredAttempts(now: number): Promise<string[]> {
  const finished: string[] = [];
  for (const row of await inProgressAttempts()) {
    const loaded = await loadAttempt(row.id);
    if (!loaded) continue;
    const next = applyEvent(loaded.attempt, { type: 'observe-clock' }, now);
    if (isFinished(next)) {
      await recordFinish(next);
      finished.push(row.id);
    }
  }
  return finished;
}
