import { useId, useState } from 'react';
import type { BankRow } from '../../storage/db';
import { AreaTable } from './AreaTable';
import { CoverageText } from './CoverageText';
import { coverageOf } from './coverage';
import { DeleteDialog } from './DeleteDialog';
import { type ExportFormat, exportBank } from './exportBank';
import { formatLabel } from './formatLabels';
import { RenameForm } from './RenameForm';

function origin(bank: BankRow): string {
  const when = new Date(bank.importedAt).toLocaleDateString('en', { dateStyle: 'medium' });
  return bank.origin === 'shipped'
    ? `A sample bank shipped with the app, added on ${when}.`
    : `Imported from ${bank.fileName} on ${when}; read as ${formatLabel(bank.fileFormat)}.`;
}

/** One bank in the library: what it holds, what it is enough for, and what can be done with it. */
export function BankCard({ bank, onDeleted }: { bank: BankRow; onDeleted: (title: string) => void }) {
  const [renaming, setRenaming] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const headingId = useId();

  const runExport = async (format: ExportFormat) => {
    try {
      setNotice(await exportBank(bank, format));
    } catch (e) {
      setNotice(`The export failed (${e instanceof Error ? e.message : String(e)}).`);
    }
  };

  return (
    <article className="panel bank-card" aria-labelledby={headingId}>
      <h3 id={headingId}>{bank.title}</h3>
      <p>
        <strong>
          {bank.questionCount.toLocaleString('en')} {bank.questionCount === 1 ? 'question' : 'questions'}
        </strong>
        . {origin(bank)}
      </p>
      {bank.author && (
        <p className="muted">
          By {bank.author}
          {bank.license ? `, ${bank.license}` : ''}.
        </p>
      )}
      <CoverageText coverage={coverageOf(bank.supply)} subject="On its own, it is" />
      <details>
        <summary>Questions per area</summary>
        <AreaTable supply={bank.supply} caption={`Questions per area in ${bank.title}`} />
      </details>
      {renaming ? (
        <RenameForm
          bank={bank}
          onDone={(message) => {
            setRenaming(false);
            if (message) setNotice(message);
          }}
        />
      ) : (
        <div className="button-row">
          <button type="button" className="button" onClick={() => setRenaming(true)}>
            Rename
          </button>
          <button type="button" className="button" onClick={() => runExport('native')}>
            Export as JSON
          </button>
          <button type="button" className="button" onClick={() => runExport('gift')}>
            Export as GIFT
          </button>
          <button type="button" className="button" onClick={() => setDeleting(true)}>
            Delete
          </button>
        </div>
      )}
      <p role="status" className="muted">
        {notice}
      </p>
      {deleting && (
        <DeleteDialog
          bank={bank}
          onClose={(deleted) => {
            setDeleting(false);
            if (deleted) onDeleted(bank.title);
          }}
        />
      )}
    </article>
  );
}
