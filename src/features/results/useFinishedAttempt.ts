import type { Attempt } from '../../domain/attempt';
import type { Score } from '../../domain/scoring';
import type { AttemptRow } from '../../storage/db';
import { useAttemptWithResponses } from '../../storage/live';

export type FinishedState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'missing' }
  | { readonly kind: 'running'; readonly row: AttemptRow }
  | {
      readonly kind: 'finished';
      readonly row: AttemptRow;
      readonly attempt: Attempt;
      readonly score: Score;
      readonly finishedAt: number;
    };

/** A finished attempt with its responses and stored score, or why there is none to show. */
export function useFinishedAttempt(id: string): FinishedState {
  const loaded = useAttemptWithResponses(id);
  if (loaded === undefined) return { kind: 'loading' };
  if (loaded === null) return { kind: 'missing' };
  const { row, attempt } = loaded;
  if (row.status === 'in-progress' || row.score === null || row.finishedAt === null) {
    return { kind: 'running', row };
  }
  return { kind: 'finished', row, attempt, score: row.score, finishedAt: row.finishedAt };
}
