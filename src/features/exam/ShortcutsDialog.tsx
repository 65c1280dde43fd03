import { Modal } from '../../ui/Modal';

const SHORTCUTS: readonly [string, string][] = [
  ['A-E or 1-8', 'choose that answer (toggles it when several apply)'],
  ['N or →', 'next question'],
  ['P or ←', 'previous question'],
  ['F', 'flag or unflag for review'],
  ['?', 'show these shortcuts'],
  ['Esc', 'close a dialog'],
];

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  return (
    <Modal title="Keyboard shortcuts" onClose={onClose}>
      <table className="data-table">
        <caption className="visually-hidden">Keys and what they do</caption>
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map(([key, action]) => (
            <tr key={key}>
              <th scope="row">
                <kbd>{key}</kbd>
              </th>
              <td>{action}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">Shortcuts are off while you type in a text box.</p>
      <button type="button" onClick={onClose}>
        Close
      </button>
    </Modal>
  );
}
