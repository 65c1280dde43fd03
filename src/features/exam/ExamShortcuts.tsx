import { ShortcutsDialog } from '../../ui/ShortcutsDialog';

const SHORTCUTS = [
  ['A-E or 1-8', 'choose that answer (toggles it when several apply)'],
  ['N or →', 'next question'],
  ['P or ←', 'previous question'],
  ['F', 'flag or unflag for review'],
  ['?', 'show these shortcuts'],
  ['Esc', 'close a dialog'],
] as const;

export function ExamShortcuts({ onClose }: { onClose: () => void }) {
  return (
    <ShortcutsDialog
      shortcuts={SHORTCUTS}
      note="Shortcuts are off while you type in a text box."
      onClose={onClose}
    />
  );
}
