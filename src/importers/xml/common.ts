/** What the XML importers share: reading the file, collecting problems, the bank's limits. */
import type { Question } from '../../domain/questions';
import { normaliseText } from '../text';
import type { BankFileFormat, ImportProblem, ImportResult } from '../types';
import { readXml } from './read';
import type { XmlElement } from './tree';

export class Problems {
  readonly list: ImportProblem[] = [];
  constructor(readonly file: string) {}
  add(line: number | null, message: string, field: string | null = null): void {
    this.list.push({ file: this.file, line, field, message });
  }
}

/** Normalises and reads the file; a syntax error ends the import with its line. */
export function readXmlFile(
  fileName: string,
  raw: string,
  format: BankFileFormat,
): { ok: true; root: XmlElement } | { ok: false; result: ImportResult } {
  const read = readXml(normaliseText(raw));
  if (read.ok) return read;
  const message = `${read.message}; the file is not well-formed XML`;
  return {
    ok: false,
    result: { ok: false, format, problems: [{ file: fileName, line: read.line, field: null, message }] },
  };
}

/** `parse` never throws: a slip of ours still comes back as a problem, not a crash. */
export function neverThrow(fileName: string, format: BankFileFormat, run: () => ImportResult): ImportResult {
  try {
    return run();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      format,
      problems: [
        { file: fileName, line: null, field: null, message: `the file could not be read (${reason})` },
      ],
    };
  }
}

export function titleFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return (dot > 0 ? base.slice(0, dot) : base).trim() || 'Imported bank';
}

/** Decimal numbers as banks write them: 3, -2.5, .5, 1e3. */
export function parseDecimal(raw: string): number | null {
  const s = raw.trim();
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

export const LIMITS = { stem: 20_000, choice: 5_000, rationale: 20_000, tags: 20, tag: 60 } as const;

/** The same bounds the native format holds a bank to, said about one question. */
export function checkLimits(q: Question, line: number, label: string, problems: Problems): void {
  const over = (what: string, n: number, field: string) =>
    problems.add(line, `${label}: ${what} is longer than ${n.toLocaleString('en')} characters`, field);
  if (q.stem.length > LIMITS.stem) over('the question text', LIMITS.stem, 'stem');
  if (q.rationale.length > LIMITS.rationale) over('the feedback', LIMITS.rationale, 'rationale');
  if (q.type === 'single' || q.type === 'multiple')
    q.choices.forEach((c) => {
      if (c.text.length > LIMITS.choice) over(`choice ${c.id}`, LIMITS.choice, 'choices');
    });
  if (q.tags.length > LIMITS.tags) problems.add(line, `${label}: has more than ${LIMITS.tags} tags`, 'tags');
  for (const tag of q.tags)
    if (tag.length > LIMITS.tag)
      problems.add(
        line,
        `${label}: the tag "${tag.slice(0, 20)}..." is longer than ${LIMITS.tag} characters`,
        'tags',
      );
}

/** Choice texts must differ, or a candidate could not tell two apart. */
export function repeatedChoices(texts: readonly string[]): number[] {
  const seen = new Set<string>();
  const repeats: number[] = [];
  texts.forEach((text, i) => {
    const t = text.trim().toLowerCase();
    if (seen.has(t)) repeats.push(i);
    seen.add(t);
  });
  return repeats;
}
