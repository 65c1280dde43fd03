import { type DragEvent, useEffect, useId, useRef, useState } from 'react';
import { ImportPreview } from './ImportPreview';
import { ImportProgress } from './ImportProgress';
import { PasteForm } from './PasteForm';
import { ProblemList } from './ProblemList';
import { useImport } from './useImport';

const ACCEPT = '.json,.gift,.txt,.csv,.tsv,.xml,.qti,.aiken';

/** Import by file picker, drag and drop, or paste; then a preview, or every problem with its line. */
export function ImportSection() {
  const { state, importFile, importText, cancel, discard, save } = useImport();
  const [dragging, setDragging] = useState(false);
  const ids = { heading: useId(), file: useId() };
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const notice = state.status === 'idle' ? state.notice : null;

  // Save, Discard and Cancel disappear when pressed: focus goes to the message saying what happened.
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) importFile(file);
  };

  return (
    <section aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>Import a bank</h2>
      <p>
        Bring in questions from the formats instructors already use: the simulator's own JSON, Moodle GIFT,
        Moodle XML, Aiken, CSV spreadsheets or IMS QTI 2.1/3.0. The file is checked whole: if anything is
        wrong, nothing is saved and every problem is listed with its line.
      </p>
      <fieldset
        className={`drop-zone panel${dragging ? ' is-dragging' : ''}`}
        style={dragging ? { outline: '3px dashed currentColor', outlineOffset: '4px' } : undefined}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <legend>Bank file</legend>
        <label htmlFor={ids.file}>Choose a bank file</label>{' '}
        <input
          id={ids.file}
          type="file"
          accept={ACCEPT}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) importFile(file);
            // The same file can be chosen again after fixing it.
            e.target.value = '';
          }}
        />
        <p className="muted">or drop it anywhere in this box.</p>
      </fieldset>
      <details>
        <summary>Paste bank text instead</summary>
        <PasteForm onSubmit={importText} />
      </details>

      <div role="status" className="import-status">
        {notice && (
          <p ref={noticeRef} tabIndex={-1}>
            {notice}
          </p>
        )}
        {state.status === 'rejected' && (
          <p>
            {state.fileName} was not imported: {state.problems.length.toLocaleString('en')}{' '}
            {state.problems.length === 1 ? 'problem' : 'problems'} found. Nothing was saved.
          </p>
        )}
        {state.status === 'preview' && <p>{state.fileName} is ready to save: check the preview below.</p>}
      </div>

      {state.status === 'working' && (
        <ImportProgress
          fileName={state.fileName}
          phase={state.phase}
          loaded={state.loaded}
          total={state.total}
          onCancel={cancel}
        />
      )}
      {state.status === 'rejected' && (
        <div className="panel import-problems">
          <h3>Problems in {state.fileName}</h3>
          <p>Fix each line below in the file and import it again. Your saved banks are unchanged.</p>
          <ProblemList problems={state.problems} />
        </div>
      )}
      {state.status === 'failed' && (
        <div className="error-banner" role="alert">
          <p>
            {state.fileName} could not be read: {state.message}. Nothing was saved.
          </p>
        </div>
      )}
      {state.status === 'preview' && (
        <ImportPreview
          key={state.bankId}
          fileName={state.fileName}
          format={state.format}
          bank={state.bank}
          onSave={save}
          onDiscard={discard}
        />
      )}
    </section>
  );
}
