import type { InputHTMLAttributes } from 'react';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'value' | 'onChange'> & {
  value: number;
  onValue: (value: number) => void;
};

/**
 * A number field whose value is a number: an empty or half-typed entry is NaN, shown as empty,
 * so validation (not the field) says what is wrong.
 */
export function NumberInput({ value, onValue, ...rest }: Props) {
  return (
    <input
      {...rest}
      type="number"
      value={Number.isFinite(value) ? value : ''}
      onChange={(e) => onValue(e.target.valueAsNumber)}
    />
  );
}
