import type { Question } from '../domain/questions';
import { choicesFrom, MAX_CHOICES } from './build';
import { fileExtension, normaliseText } from './text';
import type { Importer, ImportInput, ImportProblem, ImportResult } from './types';

/**
 * Moodle's Aiken format: question text, options `A. text` or `A) text`, then `ANSWER: B`.
 *
 *   Which code reports essential hypertension?
 *   A. I10
 *   B) I11.9
 *   ANSWER: A
 *
 * Aiken text is plain (Moodle escapes it on import), so every question is 'plain'.
 */

const LETTERS = 'ABCDEFGH';
// Any capital is matched so that a ninth option gets its own message; the text after the letter
// must be separated by space, as Moodle requires (so "A.fib" is text, not an option).
const OPTION = /^([A-Z])[.)](?:\s+(.*))?$/;
const ANSWER = /^ANSWER\s*:\s*(.*)$/i;
const AIKEN_SHAPE = /^[ \t]*[A-H][.)][ \t][^\n]*\n[ \t\n]*ANSWER[ \t]*:/im;

interface Draft {
  readonly line: number;
  readonly stem: string[];
  readonly options: { letter: string; text: string }[];
  /** Problems already reported when the question began: a question with new ones is not kept. */
  readonly problemsBefore: number;
}

export function parseAiken({ fileName, text: raw, bankId }: ImportInput): ImportResult {
  const problems: ImportProblem[] = [];
  const report = (line: number, message: string) =>
    problems.push({ file: fileName, line, field: null, message });
  const questions: Question[] = [];
  let q: Draft | null = null;

  const begin = (line: number, stem: string[]): Draft => ({
    line,
    stem,
    options: [],
    problemsBefore: problems.length,
  });

  const finish = (d: Draft, answer: string, line: number) => {
    if (d.options.length < 2)
      report(
        d.line,
        `this question has ${d.options.length === 1 ? 'only 1 option' : 'no options'}; it needs at least 2`,
      );
    const letter = answer.toUpperCase();
    const index = d.options.findIndex((o) => o.letter === letter);
    const lettered = d.options.map((o) => o.letter).join(', ');
    if (answer === '')
      report(line, 'the ANSWER: line gives no letter: write the correct option, e.g. "ANSWER: B"');
    else if (!/^[A-Z]$/.test(letter))
      report(
        line,
        `ANSWER "${answer}" must be a single option letter: an Aiken question has one correct answer`,
      );
    else if (index < 0 && d.options.length > 0)
      report(line, `ANSWER "${answer}" names no option: this question's options are ${lettered}`);
    const choices = choicesFrom(d.options.map((o) => o.text));
    const key = choices[index]?.id;
    if (problems.length > d.problemsBefore || key === undefined) return;
    questions.push({
      id: `q${questions.length + 1}`,
      bankId,
      area: 'uncategorised',
      stem: d.stem.join('\n'),
      textFormat: 'plain',
      rationale: '',
      references: [],
      tags: [],
      type: 'single',
      choices,
      key,
    });
  };

  const unanswered = (d: Draft) =>
    report(
      d.line,
      d.options.length === 0
        ? 'this question has no options and no ANSWER: line; add options "A. ...", "B. ..." and "ANSWER: A"'
        : `this question has no ANSWER: line after its last option ${d.options.at(-1)?.letter ?? ''}`,
    );

  let stranded: Draft | null = null;
  const lines = normaliseText(raw).split('\n');
  for (const [i, rawLine] of lines.entries()) {
    const n = i + 1;
    const line = rawLine.trim();
    if (line === '') {
      // A blank line may sit between the options and ANSWER, but it ends question text.
      if (q && q.options.length === 0) {
        stranded = q;
        q = null;
      }
      continue;
    }
    if (stranded) {
      report(
        stranded.line,
        'this question ends at a blank line before any options; question text cannot contain blank lines',
      );
      stranded = null;
    }
    const answer = ANSWER.exec(line);
    if (answer) {
      if (q === null) report(n, 'this ANSWER: line has no question before it');
      else finish(q, (answer[1] ?? '').trim(), n);
      q = null;
      continue;
    }
    const option = OPTION.exec(line);
    const letter = option?.[1] ?? '';
    if (option && (LETTERS.includes(letter) || (q !== null && q.options.length > 0))) {
      if (q === null) {
        report(n, `option ${letter} has no question text before it`);
        q = begin(n, []);
      }
      const previous = q.options.at(-1)?.letter;
      const expected = previous === undefined ? 'A' : LETTERS[LETTERS.indexOf(previous) + 1];
      const text = (option[2] ?? '').trim();
      if (q.options.length >= MAX_CHOICES || !LETTERS.includes(letter))
        report(n, `option ${letter}: a question has at most ${MAX_CHOICES} options, A to H`);
      else if (letter !== expected)
        report(
          n,
          `option ${letter} is out of order: expected ${expected}, as options are lettered A, B, C ... in order`,
        );
      if (text === '') report(n, `option ${letter} has no text`);
      const same = q.options.find((o) => o.text.toLowerCase() === text.toLowerCase());
      if (same && text !== '') report(n, `option ${letter} repeats option ${same.letter}`);
      q.options.push({ letter, text });
      continue;
    }
    if (q && q.options.length > 0) {
      // Text after options: the previous question lacks its ANSWER line and this one begins.
      unanswered(q);
      q = null;
    }
    if (q === null) q = begin(n, [line]);
    else q.stem.push(line);
  }
  const last = q ?? stranded;
  if (last) unanswered(last);

  if (problems.length === 0 && questions.length === 0)
    report(1, 'the file has no questions: an Aiken question is its text, options "A. ..." and "ANSWER: A"');
  // A question's count of options is only known at its end, after problems on its later lines.
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  if (problems.length > 0) return { ok: false, format: 'aiken', problems };
  const title =
    fileName
      .split(/[\\/]/)
      .pop()
      ?.replace(/\.[^.]*$/, '') || 'Imported bank';
  return { ok: true, format: 'aiken', bank: { title, author: '', license: '', description: '', questions } };
}

export const aikenImporter: Importer = {
  format: 'aiken',
  label: 'Aiken (Moodle)',
  extensions: ['txt', 'aiken'],
  detect: (fileName, text) => {
    if (AIKEN_SHAPE.test(normaliseText(text.slice(0, 4096)))) return 0.9;
    const ext = fileExtension(fileName);
    return ext === 'aiken' ? 0.5 : ext === 'txt' ? 0.1 : 0;
  },
  parse: parseAiken,
};
