import type { Question } from '../../domain/questions';
import type { NATIVE_FORMAT_ID, NATIVE_VERSION, NativeBank, NativeQuestion } from '../native';
import type { BankMeta, ExportResult } from './types';

// The constants are restated (checked against the importer's by their types) so that exporting a
// bank does not load zod and the parsers on the library page.
const FORMAT_ID: typeof NATIVE_FORMAT_ID = 'coding-exam-bank';
const VERSION: typeof NATIVE_VERSION = 1;

/** One question as the native format writes it: the inverse of the native importer's toQuestion. */
export function toNativeQuestion(q: Question): NativeQuestion {
  const head = { id: q.id, area: q.area };
  const text = { stem: q.stem, textFormat: q.textFormat };
  const tail = { rationale: q.rationale, references: [...q.references], tags: [...q.tags] };
  switch (q.type) {
    case 'single':
      return { ...head, type: 'single', ...text, choices: q.choices.map((c) => c.text), key: q.key, ...tail };
    case 'multiple':
      return {
        ...head,
        type: 'multiple',
        ...text,
        choices: q.choices.map((c) => c.text),
        key: [...q.keys],
        ...tail,
      };
    case 'short':
      return {
        ...head,
        type: 'short',
        ...text,
        accepted: q.accepted.map((a) =>
          a.kind === 'text' ? a.text : { number: a.value, tolerance: a.tolerance },
        ),
        caseSensitive: q.caseSensitive,
        ...tail,
      };
    case 'case':
      return {
        ...head,
        type: 'case',
        ...text,
        record: q.record,
        // `why` is optional: written only when the question has one, so a round trip adds nothing.
        expectedCodes: q.expectedCodes.map((c) =>
          c.why === undefined
            ? { code: c.code, system: c.system }
            : { code: c.code, system: c.system, why: c.why },
        ),
        principalFirst: q.principalFirst,
        ...tail,
      };
  }
}

/** A bank as native JSON text that the native importer reads back to the same questions. */
export function exportNative(meta: BankMeta, questions: readonly Question[]): ExportResult {
  const bank: NativeBank = {
    format: FORMAT_ID,
    version: VERSION,
    title: meta.title,
    author: meta.author,
    license: meta.license,
    description: meta.description,
    questions: questions.map(toNativeQuestion),
  };
  return {
    text: `${JSON.stringify(bank, null, 2)}\n`,
    written: questions.length,
    skipped: [],
    approximated: [],
  };
}
