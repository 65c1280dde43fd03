/**
 * Moodle's GIFT format (https://docs.moodle.org/en/GIFT_format), read as Moodle's own importer reads
 * it, for the question types the simulator can run: multiple choice (pick one or pick several),
 * true/false, short answer, numerical and missing word. Essay, matching and description questions
 * reject the file, naming the question and its line.
 *
 * Layers: source.ts (blocks, comments, escapes), question.ts (title, format, answer block, stem),
 * answers.ts (the inside of `{...}`), kinds.ts (which question that makes, and its checks).
 */
import type { Question } from '../../domain/questions';
import { areaFromLabel, uniqueIds } from '../build';
import { fileExtension, normaliseText } from '../text';
import type { Importer, ImportInput, ImportProblem, ImportResult } from '../types';
import { readQuestion } from './question';
import { splitBlocks } from './source';

const CATEGORY = /^\$CATEGORY:/i;

export function parseGift({ fileName, text, bankId }: ImportInput): ImportResult {
  const problems: ImportProblem[] = [];
  const questions: Question[] = [];
  let area = 'uncategorised';
  let number = 0;
  for (const block of splitBlocks(normaliseText(text))) {
    let lines = block.lines;
    const first = lines[0];
    // Moodle gives `$CATEGORY:` a block of its own; a question written straight under it is read too.
    if (first && CATEGORY.test(first.text)) {
      area = areaFromLabel(first.text.replace(CATEGORY, ''));
      lines = lines.slice(1);
      if (lines.length === 0) continue;
    }
    number++;
    const read = readQuestion({ lines, comments: block.comments }, { number, area, bankId });
    for (const p of read.problems)
      problems.push({ file: fileName, line: p.line, field: null, message: p.message });
    if (read.question) questions.push(read.question);
  }
  if (problems.length > 0) return { ok: false, format: 'gift', problems };
  if (questions.length === 0)
    return {
      ok: false,
      format: 'gift',
      problems: [{ file: fileName, line: null, field: null, message: 'the file has no questions' }],
    };
  return {
    ok: true,
    format: 'gift',
    bank: {
      title: titleOf(fileName),
      author: '',
      license: '',
      description: '',
      questions: uniqueIds(questions),
    },
  };
}

/** GIFT files carry no title, so the bank is named after the file. */
function titleOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return (dot > 0 ? base.slice(0, dot) : base).trim() || 'GIFT questions';
}

/**
 * By content first: a `$CATEGORY:` line, a `::title::` opening a line, or an answer block such as
 * `{=...}`, `{~...}`, `{#...}` or `{T}`. `.txt` is shared with other formats, so it adds nothing
 * alone; `.gift` is enough.
 */
function detect(fileName: string, text: string): number {
  const head = normaliseText(text.slice(0, 4096));
  const gift = fileExtension(fileName) === 'gift';
  // JSON and XML have braces too; leave them to their importers.
  if (/^\s*(?:<|\{|\[\s*[{["\d\]])/.test(head)) return gift ? 0.2 : 0;
  if (/^[ \t]*(?:\$CATEGORY:|::[^\n]*?::)/im.test(head)) return gift ? 1 : 0.95;
  if (/\{\s*(?:[=~#]|(?:T|F|TRUE|FALSE)\s*[#}])/.test(head)) return gift ? 0.95 : 0.8;
  return gift ? 0.5 : 0;
}

export const giftImporter: Importer = {
  format: 'gift',
  label: 'Moodle GIFT',
  extensions: ['gift', 'txt'],
  detect,
  parse: parseGift,
};
