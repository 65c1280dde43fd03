import { useLiveQuery } from 'dexie-react-hooks';
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
