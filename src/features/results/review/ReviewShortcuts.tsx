import { Modal } from '../../../ui/Modal';

const SHORTCUTS: readonly [string, string][] = [
  ['N or →', 'next question shown'],
  ['P or ←', 'previous question shown'],
  ['?', 'show these shortcuts'],
  ['Esc', 'close a dialog'],
];

export function ReviewShortcuts({ onClose }: { onClose: () => void }) {
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
      <p className="muted">Shortcuts are off while a list or text box has the keyboard.</p>
      <button type="button" onClick={onClose}>
        Close
      </button>
    </Modal>
  );
}
