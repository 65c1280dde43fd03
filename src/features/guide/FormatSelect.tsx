import { useId } from 'react';
import { BUILT_IN_FORMATS } from '../../domain/builtInFormats';
import type { ExamFormat } from '../../domain/formats';

const defaults = BUILT_IN_FORMATS.filter((f) => f.origin === 'built-in');
const newer = BUILT_IN_FORMATS.filter((f) => f.origin === 'newer-built-in');

const option = (f: ExamFormat) => (
  <option key={f.id} value={f.id}>
    {f.code}: {f.name}
  </option>
);

/** Picks a built-in format: the source's defaults first, the newer formats grouped after them. */
export function FormatSelect({ value, onChange }: { value: string; onChange: (id: string) => void }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>Certification</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <optgroup label="From the source guide">{defaults.map(option)}</optgroup>
        <optgroup label="Newer formats">{newer.map(option)}</optgroup>
      </select>
    </div>
  );
}

/** The chosen built-in format; the first one when the id is unknown. */
export function builtInOrFirst(id: string): ExamFormat {
  const found = BUILT_IN_FORMATS.find((f) => f.id === id) ?? BUILT_IN_FORMATS[0];
  if (!found) throw new Error('No built-in formats');
  return found;
}
