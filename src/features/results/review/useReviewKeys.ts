import { useEffect } from 'react';
import { isTyping } from '../../../ui/keys';

// The runner's conventions (src/features/exam/useExamKeys.ts), copied: features do not import
// each other. N or the right arrow for next, P or the left arrow for previous, ? for help.

export interface ReviewKeyActions {
  next(): void;
  previous(): void;
  help(): void;
}

/** Off while the candidate types, in a dialog, or holds a modifier key; arrows left alone on radios. */
export function useReviewKeys(enabled: boolean, actions: ReviewKeyActions): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target) || document.querySelector('[aria-modal="true"]')) return;
      const key = event.key;
      const onRadio = event.target instanceof HTMLInputElement && event.target.type === 'radio';
      if (key === 'n' || key === 'N' || (key === 'ArrowRight' && !onRadio)) actions.next();
      else if (key === 'p' || key === 'P' || (key === 'ArrowLeft' && !onRadio)) actions.previous();
      else if (key === '?') actions.help();
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [enabled, actions]);
}
