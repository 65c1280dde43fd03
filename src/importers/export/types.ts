import type { Question } from '../../domain/questions';

/** What a bank file says about itself besides its questions. */
export interface BankMeta {
  readonly title: string;
  readonly author: string;
  readonly license: string;
  readonly description: string;
}

/** A question a format cannot express, and why: reported to the person exporting, never dropped silently. */
export interface Skipped {
  readonly id: string;
  readonly reason: string;
}

export interface ExportResult {
  readonly text: string;
  readonly written: number;
  readonly skipped: readonly Skipped[];
  /** Questions written with something the format cannot carry left out (e.g. case-sensitive answers). */
  readonly approximated: readonly Skipped[];
}

export type Exporter = (meta: BankMeta, questions: readonly Question[]) => ExportResult;
