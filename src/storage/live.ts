import { useLiveQuery } from 'dexie-react-hooks';
import type { Attempt } from '../domain/attempt';
import { findBuiltInFormat } from '../domain/builtInFormats';
import type { ExamFormat } from '../domain/formats';
import { attemptFromRows, type HistoryKey, historyIndex } from './attempts';
import { type AttemptRow, type BankRow, db } from './db';

// React bindings of the repositories: each re-renders when the rows it reads change.

export function useBanks(): BankRow[] | undefined {
  return useLiveQuery(() => db.banks.orderBy('importedAt').toArray(), []);
}

export function useInProgressAttempts(): AttemptRow[] | undefined {
  return useLiveQuery(() => db.attempts.where('status').equals('in-progress').toArray(), []);
}

export function useAttemptRow(id: string): AttemptRow | null | undefined {
  return useLiveQuery(async () => (await db.attempts.get(id)) ?? null, [id]);
}

/** Every finished attempt from the indexes alone, newest first; re-read when attempts change. */
export function useHistoryIndex(): HistoryKey[] | undefined {
  return useLiveQuery(() => historyIndex(), []);
}

/** An attempt with its responses, for a report or a review; null when there is none. */
export function useAttemptWithResponses(
  id: string,
): { row: AttemptRow; attempt: Attempt } | null | undefined {
  return useLiveQuery(async () => {
    const row = await db.attempts.get(id);
    if (!row) return null;
    const responses = await db.responses.where('attemptId').equals(id).toArray();
    return { row, attempt: attemptFromRows(row, responses) };
  }, [id]);
}

export function useCustomFormats(): ExamFormat[] | undefined {
  return useLiveQuery(
    async () => (await db.customFormats.orderBy('updatedAt').toArray()).map((r) => r.format),
    [],
  );
}

/** A built-in format at once, or a custom one from storage: undefined while loading, null when unknown. */
export function useFormat(id: string): ExamFormat | null | undefined {
  const builtIn = findBuiltInFormat(id);
  const custom = useLiveQuery(
    async () => (builtIn ? null : ((await db.customFormats.get(id))?.format ?? null)),
    [id],
  );
  return builtIn ?? custom;
}
