import { create } from 'zustand';

// The state of a new app version, fed by src/app/pwa.ts and shown by UpdatePrompt. Kept apart from
// the service worker so it can be tested without one.

interface UpdateState {
  /** Installs the waiting version (the page then reloads); null when nothing waits. */
  readonly apply: (() => Promise<void>) | null;
  /** "Later" was chosen: not offered again on this page. */
  readonly dismissed: boolean;
  /** The new version took over while an exam ran here: reload as soon as the exam is left. */
  readonly reloadAfterExam: boolean;
  /** Replaced in tests. */
  readonly reload: () => void;
}

export const useUpdateStore = create<UpdateState>(() => ({
  apply: null,
  dismissed: false,
  reloadAfterExam: false,
  reload: () => window.location.reload(),
}));

/** A running exam must never be reloaded under the candidate. */
export function isExamPath(pathname: string): boolean {
  return pathname.startsWith('/exam/');
}

export function offerUpdate(apply: () => Promise<void>): void {
  useUpdateStore.setState({ apply, dismissed: false });
}

/** The new version controls the page: reload now, or after the exam when one is running. */
export function reloadWhenSafe(pathname: string): void {
  if (isExamPath(pathname)) useUpdateStore.setState({ reloadAfterExam: true });
  else useUpdateStore.getState().reload();
}
