import { type FormEvent, useId, useState } from 'react';
import { BANK_FILE_FORMATS } from '../../importers/export';
import type { BankFileFormat } from '../../importers/types';
import { FORMAT_LABELS } from './formatLabels';

interface Props {
  readonly onSubmit: (text: string, fileName: string, format: BankFileFormat | 'auto') => void;
}

const FORMATS = BANK_FILE_FORMATS.map((f) => [f, FORMAT_LABELS[f]] as const);

/** Bank text pasted from an email or an LMS page; the file name only labels messages. */
export function PasteForm({ onSubmit }: Props) {
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState('pasted-bank.txt');
  const [format, setFormat] = useState<BankFileFormat | 'auto'>('auto');
  const ids = { text: useId(), name: useId(), format: useId(), hint: useId() };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(text, fileName.trim() || 'pasted-bank.txt', format);
  };

  return (
    <form className="paste-form" onSubmit={submit}>
      <label htmlFor={ids.text}>Bank text</label>
      <textarea
        id={ids.text}
        rows={8}
        value={text}
        spellCheck={false}
        aria-describedby={ids.hint}
        onChange={(e) => setText(e.target.value)}
      />
      <p id={ids.hint} className="muted">
        Paste a whole bank file: native JSON, GIFT, CSV, Aiken, Moodle XML or QTI.
      </p>
      <label htmlFor={ids.name}>File name for messages</label>
      <input id={ids.name} type="text" value={fileName} onChange={(e) => setFileName(e.target.value)} />
      <label htmlFor={ids.format}>Format</label>
      <select
        id={ids.format}
        value={format}
        onChange={(e) => {
          const value = FORMATS.find(([f]) => f === e.target.value)?.[0];
          setFormat(value ?? 'auto');
        }}
      >
        <option value="auto">Detect automatically</option>
        {FORMATS.map(([f, label]) => (
          <option key={f} value={f}>
            {label}
          </option>
        ))}
      </select>
      <div className="button-row">
        <button type="submit" className="button">
          Check pasted text
        </button>
      </div>
    </form>
  );
}
