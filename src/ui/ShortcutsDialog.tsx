import { Modal } from './Modal';

interface Props {
  shortcuts: readonly (readonly [key: string, action: string])[];
  note: string;
  onClose: () => void;
}

/** The keyboard shortcuts of a page, as a table in a dialog. */
export function ShortcutsDialog({ shortcuts, note, onClose }: Props) {
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
          {shortcuts.map(([key, action]) => (
            <tr key={key}>
              <th scope="row">
                <kbd>{key}</kbd>
              </th>
              <td>{action}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">{note}</p>
      <button type="button" onClick={onClose}>
        Close
      </button>
    </Modal>
  );
}
