import { ShortcutsDialog } from '../../../ui/ShortcutsDialog';

const SHORTCUTS = [
  ['N or →', 'next question shown'],
  ['P or ←', 'previous question shown'],
  ['?', 'show these shortcuts'],
  ['Esc', 'close a dialog'],
] as const;

export function ReviewShortcuts({ onClose }: { onClose: () => void }) {
  return (
    <ShortcutsDialog
      shortcuts={SHORTCUTS}
      note="Shortcuts are off while a list or text box has the keyboard."
      onClose={onClose}
    />
  );
}
