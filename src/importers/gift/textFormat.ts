import type { TextFormat } from '../../domain/questions';

/** Moodle's four GIFT text formats. `moodle` (Moodle's auto-format) is shown here as plain text. */
const FORMATS: ReadonlyMap<string, TextFormat> = new Map([
  ['html', 'html'],
  ['markdown', 'markdown'],
  ['plain', 'plain'],
  ['moodle', 'plain'],
]);

/**
 * A leading `[html]`, `[markdown]`, `[plain]` or `[moodle]` says how the text is written. Any other
 * bracketed word is part of the text, as in Moodle.
 */
export function stripFormat(text: string): { format: TextFormat | null; text: string } {
  const m = /^\[([A-Za-z]+)\]/.exec(text);
  const format = m ? FORMATS.get((m[1] ?? '').toLowerCase()) : undefined;
  if (!m || format === undefined) return { format: null, text };
  return { format, text: text.slice(m[0].length).trim() };
}
