import { useEffect, useState } from 'react';
import { candidatesFrom, type StudyCandidate } from '../../../domain/history';
import { studyHistory } from '../../../storage/attempts';
import { listBanks, questionsOfBanks } from '../../../storage/banks';

export type StudyPool =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'ready'; readonly candidates: readonly StudyCandidate[] };

/** Every question worth studying, with why: read once when the page opens. */
export function useStudyPool(): StudyPool {
  const [pool, setPool] = useState<StudyPool>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const [{ ledger, seen }, banks] = await Promise.all([studyHistory(), listBanks()]);
        const current = await questionsOfBanks(banks.map((b) => b.id));
        if (live) setPool({ kind: 'ready', candidates: candidatesFrom(ledger, seen, current) });
      } catch (error) {
        if (live) {
          setPool({
            kind: 'failed',
            message: `Your history could not be read: ${error instanceof Error ? error.message : String(error)}. Reload the page to try again.`,
          });
        }
      }
    })();
    return () => {
      live = false;
    };
  }, []);
  return pool;
}
