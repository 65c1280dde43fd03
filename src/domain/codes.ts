import type { CodeSystem } from './questions';

/** Codes compare without regard to case, spaces or the dot: `e11.9` = `E119`. */
export function normaliseCode(raw: string): string {
  return raw.replace(/[\s.]/g, '').toUpperCase();
}

/**
 * A code the way its code book prints it. Only ICD-10-CM takes a dot (after the category's three
 * characters); a code typed without a known system is shown normalised, since `J1100` (HCPCS) and
 * `J11.00` (ICD-10-CM) cannot be told apart by their characters alone.
 */
export function displayCode(raw: string, system: CodeSystem | null): string {
  const code = normaliseCode(raw);
  if (system === 'ICD-10-CM' && code.length > 3) return `${code.slice(0, 3)}.${code.slice(3)}`;
  return code;
}
