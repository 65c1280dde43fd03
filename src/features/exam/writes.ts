import { type Attempt, isFinished, responseOf } from '../../domain/attempt';
import { saveClock, savePosition, saveResponse } from '../../storage/attempts';
import { recordFinish } from '../../storage/lifecycle';

/** One storage write that a transition needs; each is its own small write. */
export type Write =
  | { readonly kind: 'response'; readonly question: string }
  | { readonly kind: 'position' }
  | { readonly kind: 'clock' }
  | { readonly kind: 'finish' };

/** What changed between two states of an attempt, as the writes that save exactly that. */
export function writesFor(prev: Attempt, next: Attempt): Write[] {
  if (prev === next) return [];
  if (isFinished(next) && !isFinished(prev)) {
    // The finishing event itself may carry an answer (submit never does; expiry ignores it).
    return [{ kind: 'finish' }];
  }
  const writes: Write[] = [];
  for (const question of Object.keys(next.responses)) {
    if (next.responses[question] !== prev.responses[question]) writes.push({ kind: 'response', question });
  }
  if (next.position !== prev.position) writes.push({ kind: 'position' });
  if (next.clock !== prev.clock || next.warningsShown !== prev.warningsShown) {
    // A clock that only saw a later time needs no write: lastSeenAt is a guard rebuilt on load.
    const onlySeen =
      next.warningsShown === prev.warningsShown &&
      next.clock.deadline === prev.clock.deadline &&
      next.clock.pausedAt === prev.clock.pausedAt &&
      next.clock.jumps === prev.clock.jumps;
    if (!onlySeen) writes.push({ kind: 'clock' });
  }
  return writes;
}

export async function performWrite(write: Write, attempt: Attempt): Promise<void> {
  switch (write.kind) {
    case 'response':
      return saveResponse(attempt.id, write.question, responseOf(attempt, write.question));
    case 'position':
      return savePosition(attempt.id, attempt.position);
    case 'clock':
      return saveClock(attempt.id, attempt.clock, attempt.warningsShown);
    case 'finish':
      return recordFinish(attempt);
  }
}
