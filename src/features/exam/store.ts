import { create } from 'zustand';
import { type Attempt, type AttemptEvent, applyEvent } from '../../domain/attempt';
import { loadAttempt } from '../../storage/attempts';
import { performWrite, writesFor } from './writes';

export type Ownership = 'checking' | 'owner' | 'other-tab';

interface FailedSave {
  readonly next: Attempt;
  readonly message: string;
}

/** An event, or a function that makes one from the attempt as it is when the event is applied. */
export type EventSource = AttemptEvent | ((attempt: Attempt) => AttemptEvent | null);

interface RunnerState {
  attempt: Attempt | null;
  /** The question shown. Moves at once on navigation; the saved position follows. */
  position: number;
  missing: boolean;
  ownership: Ownership;
  failed: FailedSave | null;
  load(id: string): Promise<void>;
  setOwnership(ownership: Ownership): void;
  dispatch(source: EventSource): Promise<void>;
  navigate(position: number): void;
  /** Forgets the attempt when its page closes, so no later page shows stale state. */
  reset(): void;
  retry(): Promise<void>;
}

const RETRY_MS = 3000;

function saveFailureMessage(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError' || (error instanceof Error && /quota/i.test(error.message))) {
    return "This browser's storage is full, so your last change is not saved yet. Everything saved before it is safe. Free some space (for example, clear other sites' data); the app keeps retrying.";
  }
  return 'Your last change could not be saved yet. Everything saved before it is safe; the app keeps retrying.';
}

/** Saves what changed; says whether anything the page shows changed (a move is shown already). */
async function save(prev: Attempt, next: Attempt): Promise<boolean> {
  const writes = writesFor(prev, next);
  for (const write of writes) await performWrite(write, next);
  return writes.some((w) => w.kind !== 'position');
}

let queue: Promise<void> = Promise.resolve();
/** Bumped by each load, so a write finishing for an attempt no longer shown changes nothing. */
let generation = 0;
let retryTimer: ReturnType<typeof setTimeout> | undefined;

/**
 * The running attempt. A change is shown only after its write completes, so what the candidate
 * sees is what is saved. Events are applied one at a time, in order.
 */
export const useRunner = create<RunnerState>()((set, get) => {
  const scheduleRetry = () => {
    clearTimeout(retryTimer);
    retryTimer = setTimeout(() => void get().retry(), RETRY_MS);
  };

  return {
    attempt: null,
    position: 0,
    missing: false,
    ownership: 'checking',
    failed: null,

    async load(id) {
      clearTimeout(retryTimer);
      // A new attempt starts a new queue: nothing left from another page can hold it up.
      queue = Promise.resolve();
      generation++;
      const mine = generation;
      set({ attempt: null, missing: false, failed: null });
      const loaded = await loadAttempt(id);
      if (mine !== generation) return;
      if (!loaded) {
        set({ missing: true });
        return;
      }
      set({ attempt: loaded.attempt, position: loaded.attempt.position });
      // The clock ran while the page was away: finish the attempt if its time is up.
      await get().dispatch({ type: 'observe-clock' });
    },

    setOwnership(ownership) {
      set({ ownership });
    },

    dispatch(source) {
      queue = queue.then(async () => {
        const { attempt, ownership, failed } = get();
        if (!attempt || ownership === 'other-tab' || failed) return;
        const event = typeof source === 'function' ? source(attempt) : source;
        if (!event) return;
        // A refused event still observes the clock, so one arriving after the deadline finishes the attempt.
        return commit(attempt, applyEvent(attempt, event, Date.now()));
      });
      return queue;
    },

    reset() {
      clearTimeout(retryTimer);
      queue = Promise.resolve();
      generation++;
      set({ attempt: null, position: 0, missing: false, failed: null, ownership: 'checking' });
    },

    navigate(position) {
      const { attempt } = get();
      if (!attempt || position < 0 || position >= attempt.form.items.length) return;
      set({ position });
      void get().dispatch({ type: 'navigate', position });
    },

    async retry() {
      const { attempt, failed } = get();
      if (!attempt || !failed) return;
      const mine = generation;
      try {
        await save(attempt, failed.next);
        if (mine === generation) set({ attempt: failed.next, failed: null });
      } catch (error) {
        if (mine !== generation) return;
        set({ failed: { ...failed, message: saveFailureMessage(error) } });
        scheduleRetry();
      }
    },
  };

  async function commit(prev: Attempt, next: Attempt): Promise<void> {
    if (next === prev) return;
    const mine = generation;
    try {
      const shown = await save(prev, next);
      // A saved move needs no second render: the page shows `position`, which moved when the key
      // was pressed. The stored attempt may keep an older position; only writes compare it.
      if (mine === generation && shown) set({ attempt: next });
    } catch (error) {
      if (mine !== generation) return;
      set({ failed: { next, message: saveFailureMessage(error) } });
      scheduleRetry();
    }
  }
});
