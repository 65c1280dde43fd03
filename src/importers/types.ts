import type { Question } from '../domain/questions';

/** One thing wrong with a bank file, said where it is and in words an instructor understands. */
export interface ImportProblem {
  readonly file: string;
  /** 1-based; null when the problem is about the whole file. */
  readonly line: number | null;
  readonly field: string | null;
  readonly message: string;
}

export interface BankDraft {
  readonly title: string;
  readonly author: string;
  readonly license: string;
  readonly description: string;
  readonly questions: readonly Question[];
}

/** A file is imported whole or not at all: a bank, or every problem found. */
export type ImportResult =
  | { readonly ok: true; readonly bank: BankDraft; readonly format: BankFileFormat }
  | {
      readonly ok: false;
      readonly problems: readonly ImportProblem[];
      readonly format: BankFileFormat | null;
    };

export type BankFileFormat = 'native' | 'csv' | 'gift' | 'aiken' | 'moodle-xml' | 'qti';

export interface ImportInput {
  readonly fileName: string;
  readonly text: string;
  /** The id the saved bank will have; every question carries it. */
  readonly bankId: string;
}

export interface Importer {
  readonly format: BankFileFormat;
  readonly label: string;
  readonly extensions: readonly string[];
  /** How sure this importer is that the text is its format: 0 (no) to 1 (certain). */
  detect(fileName: string, text: string): number;
  parse(input: ImportInput): ImportResult;
}

/** `bank.gift:14: the answer block ...` */
export function describeProblem(p: ImportProblem): string {
  const where = p.line === null ? p.file : `${p.file}:${p.line}`;
  const field = p.field ? ` (field ${p.field})` : '';
  return `${where}${field}: ${p.message}`;
}
