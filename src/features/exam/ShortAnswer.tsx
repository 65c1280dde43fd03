import { useState } from 'react';

interface Props {
  questionId: string;
  saved: string;
  disabled: boolean;
  onChange: (text: string) => void;
}

/** A typed answer, each change saved at once. Keyed by question in the parent, so it starts from what is saved. */
export function ShortAnswer({ questionId, saved, disabled, onChange }: Props) {
  const [text, setText] = useState(saved);
  const id = `short-${questionId}`;
  return (
    <div className="short-answer">
      <label htmlFor={id}>Your answer</label>
      <input
        id={id}
        type="text"
        autoComplete="off"
        spellCheck={false}
        value={text}
        disabled={disabled}
        onChange={(e) => {
          setText(e.target.value);
          onChange(e.target.value);
        }}
      />
    </div>
  );
}
