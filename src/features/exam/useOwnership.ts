import { useEffect } from 'react';
import { type Ownership, useRunner } from './store';

const RETRY_MS = 2000;

/**
 * One tab owns a running attempt: the holder of a Web Lock named after it. Another tab on the
 * same attempt is read-only and says why; it takes over (reloading the saved state) once the
 * owner closes. Browsers without Web Locks treat every tab as the owner.
 */
export function useOwnership(attemptId: string): void {
  const setOwnership = useRunner((s) => s.setOwnership);
  const load = useRunner((s) => s.load);

  useEffect(() => {
    const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
    if (!locks) {
      setOwnership('owner');
      return;
    }
    let release: (() => void) | undefined;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let state: Ownership = 'checking';
    setOwnership('checking');

    const tryTake = () => {
      void locks.request(`attempt:${attemptId}`, { ifAvailable: true }, async (lock) => {
        if (stopped) return;
        if (!lock) {
          if (state !== 'other-tab') setOwnership('other-tab');
          state = 'other-tab';
          timer = setTimeout(tryTake, RETRY_MS);
          return;
        }
        const wasOther = state === 'other-tab';
        state = 'owner';
        setOwnership('owner');
        if (wasOther) await load(attemptId);
        await new Promise<void>((resolve) => {
          release = resolve;
        });
      });
    };
    tryTake();
    return () => {
      stopped = true;
      clearTimeout(timer);
      release?.();
    };
  }, [attemptId, setOwnership, load]);
}
