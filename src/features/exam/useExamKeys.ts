import { type KeyboardEvent, useCallback } from 'react';
import { CHOICE_IDS } from '../../domain/questions';
import { isTyping } from '../../ui/keys';

export interface ExamKeyActions {
  choose(choiceId: string): void;
  next(): void;
  previous(): void;
  flag(): void;
  help(): void;
}

/**
 * Exam shortcuts for the exam's own region (its keydown handler): off while the candidate types,
 * in a dialog, or holds a modifier key.
 */
export function useExamKeys(enabled: boolean, actions: ExamKeyActions): (event: KeyboardEvent) => void {
  return useCallback(
    (event: KeyboardEvent) => {
      if (!enabled || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target) || document.querySelector('[aria-modal="true"]')) return;
      const key = event.key;
      const onRadio = event.target instanceof HTMLInputElement && event.target.type === 'radio';
      const letter = key.length === 1 ? key.toUpperCase() : '';
      const digit = /^[1-8]$/.test(key) ? CHOICE_IDS[Number(key) - 1] : undefined;
      // Letters choose A-E only: F is the flag key, as on the shortcut card.
      const choice = digit ?? (['A', 'B', 'C', 'D', 'E'].includes(letter) ? letter : undefined);
      if (choice) actions.choose(choice);
      else if (key === 'n' || key === 'N' || (key === 'ArrowRight' && !onRadio)) actions.next();
      else if (key === 'p' || key === 'P' || (key === 'ArrowLeft' && !onRadio)) actions.previous();
      else if (letter === 'F') actions.flag();
      else if (key === '?') actions.help();
      else return;
      event.preventDefault();
    },
    [enabled, actions],
  );
}
