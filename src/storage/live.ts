import { useLiveQuery } from 'dexie-react-hooks';
import { findBuiltInFormat } from '../domain/builtInFormats';
import type { ExamFormat } from '../domain/formats';
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
