import { useEffect, useState } from 'react';
import { readSetting, writeSetting } from '../../storage/settings';

const isText = (v: unknown): v is string => typeof v === 'string';

/** Open-book formats allow notes: one free-text panel per attempt, saved as it is typed. */
export function OpenBookNotes({ attemptId, readOnly }: { attemptId: string; readOnly: boolean }) {
  const key = `notes:${attemptId}`;
  const [text, setText] = useState<string | null>(null);
  useEffect(() => {
    void readSetting(key, isText).then((saved) => setText(saved ?? ''));
  }, [key]);
  return (
    <section className="open-book panel" aria-labelledby="open-book-heading">
      <h2 id="open-book-heading">Open-book notes</h2>
      <label htmlFor="open-book-notes" className="visually-hidden">
        Open-book notes
      </label>
      <textarea
        id="open-book-notes"
        rows={8}
        value={text ?? ''}
        disabled={readOnly || text === null}
        onChange={(e) => {
          setText(e.target.value);
          void writeSetting(key, e.target.value);
        }}
      />
    </section>
  );
}
