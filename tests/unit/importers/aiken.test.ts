import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aikenImporter, parseAiken } from '../../../src/importers/aiken';
import { csvImporter } from '../../../src/importers/csv';
import { describeProblem, type ImportResult } from '../../../src/importers/types';
import { anyText, applyEdits, editOf, lineCount } from '../../support/fuzz';

// Fuzzing takes about a second alone; the margin is for a busy machine.
const FUZZ_TIMEOUT = 20_000;
const parse = (text: string, fileName = 'bank.txt') => parseAiken({ fileName, text, bankId: 'b1' });
const questionsOf = (result: ImportResult) => {
  if (!result.ok) throw new Error(result.problems.map(describeProblem).join('\n'));
  return result.bank.questions;
};
const problemsOf = (result: ImportResult) => {
  if (result.ok) throw new Error('expected problems');
  return result.problems.map(describeProblem);
};

const SAMPLE = [
  'Which code reports',
  'essential hypertension?',
  'A. I10',
  'B. I11.9',
  'C. I12.9',
  'D. I15.0',
  'ANSWER: A',
  '',
  'Which modifier reports a distinct procedural service?',
  'A) 25',
  'B) 59',
  'ANSWER: B',
  '',
].join('\n');

describe('Aiken: grammar', () => {
  it('reads question text over several lines, options with . or ), and the ANSWER line', () => {
    const [first, second] = questionsOf(parse(SAMPLE));
    expect(first).toEqual({
      id: 'q1',
      bankId: 'b1',
      area: 'uncategorised',
      type: 'single',
      stem: 'Which code reports\nessential hypertension?',
      textFormat: 'plain',
      choices: [
        { id: 'A', text: 'I10' },
        { id: 'B', text: 'I11.9' },
        { id: 'C', text: 'I12.9' },
        { id: 'D', text: 'I15.0' },
      ],
      key: 'A',
      rationale: '',
      references: [],
      tags: [],
    });
    expect(second).toMatchObject({ id: 'q2', key: 'B', choices: [{ text: '25' }, { text: '59' }] });
  });

  it.each([
    ['a lower-case ANSWER and letter', 'Q?\nA. x\nB. y\nanswer: b', 'B'],
    ['no space after the colon', 'Q?\nA. x\nB. y\nANSWER:B', 'B'],
    ['spaces around the lines', '  Q?  \n\tA. x\n  B)   y  \n  ANSWER :  A  ', 'A'],
    ['a blank line before ANSWER', 'Q?\nA. x\nB. y\n\nANSWER: A', 'A'],
    [
      'eight options',
      `Q?\n${'ABCDEFGH'
        .split('')
        .map((l) => `${l}. ${l}${l}`)
        .join('\n')}\nANSWER: H`,
      'H',
    ],
  ])('accepts %s', (_name, text, key) => {
    expect(questionsOf(parse(text))).toMatchObject([{ key }]);
  });

  it('reads questions with no blank line between them', () => {
    const text = 'One?\nA. x\nB. y\nANSWER: A\nTwo?\nA. x\nB. y\nANSWER: B\n';
    expect(questionsOf(parse(text)).map((q) => q.stem)).toEqual(['One?', 'Two?']);
  });

  it('keeps "A.fib" and a ninth letter in question text, as they are not options', () => {
    const [q] = questionsOf(parse('A.fib with RVR:\nI. which code?\nA. I48.91\nB. I48.0\nANSWER: A'));
    expect(q?.stem).toBe('A.fib with RVR:\nI. which code?');
  });

  it.each([
    ['a byte order mark', (t: string) => `\uFEFF${t}`],
    ['CRLF', (t: string) => t.replace(/\n/g, '\r\n')],
    ['lone CR', (t: string) => t.replace(/\n/g, '\r')],
  ])('reads %s and keeps line numbers', (_name, encode) => {
    expect(questionsOf(parse(encode(SAMPLE)))).toHaveLength(2);
    expect(problemsOf(parse(encode(`${SAMPLE}Third?\nA. x\nB. y\nANSWER: C\n`)))).toEqual([
      'bank.txt:16: ANSWER "C" names no option: this question\'s options are A, B',
    ]);
  });

  it('names the bank after the file', () => {
    const result = parse(SAMPLE, 'cpc drills.aiken');
    expect(result.ok && result.bank.title).toBe('cpc drills');
  });
});

describe('Aiken: rejections with their lines', () => {
  it.each([
    [
      'Q?\nA. x\nC. y\nANSWER: A',
      ['bank.txt:3: option C is out of order: expected B, as options are lettered A, B, C ... in order'],
    ],
    [
      'Q?\nB. x\nC. y\nANSWER: B',
      ['bank.txt:2: option B is out of order: expected A, as options are lettered A, B, C ... in order'],
    ],
    ['Q?\nA. only\nANSWER: A', ['bank.txt:1: this question has only 1 option; it needs at least 2']],
    ['Q?\nANSWER: A', ['bank.txt:1: this question has no options; it needs at least 2']],
    ['Q?\nA. x\nB. y\n', ['bank.txt:1: this question has no ANSWER: line after its last option B']],
    [
      'One?\nA. x\nB. y\nTwo?\nA. x\nB. y\nANSWER: A',
      ['bank.txt:1: this question has no ANSWER: line after its last option B'],
    ],
    [
      'Q?\n',
      [
        'bank.txt:1: this question has no options and no ANSWER: line; add options "A. ...", "B. ..." and "ANSWER: A"',
      ],
    ],
    [
      'Q?\nA. x\nB. y\nANSWER: E',
      ['bank.txt:4: ANSWER "E" names no option: this question\'s options are A, B'],
    ],
    [
      'Q?\nA. x\nB. y\nANSWER: A, B',
      ['bank.txt:4: ANSWER "A, B" must be a single option letter: an Aiken question has one correct answer'],
    ],
    [
      'Q?\nA. x\nB. y\nANSWER:',
      ['bank.txt:4: the ANSWER: line gives no letter: write the correct option, e.g. "ANSWER: B"'],
    ],
    ['Q?\nA. x\nB.\nANSWER: A', ['bank.txt:3: option B has no text']],
    ['Q?\nA. I10\nB. i10\nANSWER: A', ['bank.txt:3: option B repeats option A']],
    [
      `Q?\n${'ABCDEFGH'
        .split('')
        .map((l) => `${l}. ${l}${l}`)
        .join('\n')}\nI. II\nANSWER: A`,
      ['bank.txt:10: option I: a question has at most 8 options, A to H'],
    ],
    [
      'Part one\n\nPart two\nA. x\nB. y\nANSWER: A',
      [
        'bank.txt:1: this question ends at a blank line before any options; question text cannot contain blank lines',
      ],
    ],
    ['A. x\nB. y\nANSWER: A', ['bank.txt:1: option A has no question text before it']],
    ['Q?\nA. x\nB. y\nANSWER: A\nANSWER: B', ['bank.txt:5: this ANSWER: line has no question before it']],
    [
      '\n  \n',
      [
        'bank.txt:1: the file has no questions: an Aiken question is its text, options "A. ..." and "ANSWER: A"',
      ],
    ],
  ])('%j', (text, messages) => {
    expect(problemsOf(parse(text))).toEqual(messages);
  });

  it('reports every problem in the file, in line order, and imports nothing', () => {
    const text = `${SAMPLE}Third?\nA. only\nANSWER: A\n\nFourth?\nA. x\nB. y\nANSWER: Z\nFifth?\nA. x\nB. y\n`;
    expect(problemsOf(parse(text))).toEqual([
      'bank.txt:13: this question has only 1 option; it needs at least 2',
      'bank.txt:20: ANSWER "Z" names no option: this question\'s options are A, B',
      'bank.txt:21: this question has no ANSWER: line after its last option B',
    ]);
  });
});

describe('Aiken: markup stays data', () => {
  it('keeps an injection attempt as plain text', () => {
    const text = '<img src=x onerror=alert(1)> Which code?\nA. <script>alert(1)</script>\nB. I10\nANSWER: B';
    expect(questionsOf(parse(text))).toMatchObject([
      {
        stem: '<img src=x onerror=alert(1)> Which code?',
        textFormat: 'plain',
        choices: [{ text: '<script>alert(1)</script>' }, { text: 'I10' }],
      },
    ]);
  });
});

describe('Aiken: detection', () => {
  it.each([
    ['bank.txt', SAMPLE, 0.9],
    ['export', SAMPLE, 0.9],
    ['bank.aiken', 'not yet written', 0.5],
    ['bank.txt', 'plain notes', 0.1],
    ['bank.csv', 'stem,A,B,key\n', 0],
  ])('%s', (fileName, text, score) => {
    expect(aikenImporter.detect(fileName, text)).toBe(score);
  });

  it('outranks CSV on an Aiken .txt file', () => {
    expect(aikenImporter.detect('bank.txt', SAMPLE)).toBeGreaterThan(csvImporter.detect('bank.txt', SAMPLE));
  });
});

describe('Aiken: never throws', () => {
  const check = (text: string) => {
    const result = parse(text);
    if (result.ok) return;
    expect(result.problems.length).toBeGreaterThan(0);
    for (const p of result.problems) {
      expect(p.line).not.toBeNull();
      expect(p.line).toBeGreaterThanOrEqual(1);
      expect(p.line).toBeLessThanOrEqual(lineCount(text));
    }
  };
  const tricky = fc.constantFrom(
    'A. ',
    'B) ',
    'I. ',
    'ANSWER: ',
    'answer:',
    '\n',
    '\r',
    '\r\n',
    ' ',
    'A',
    'Z',
    '.',
    ')',
    '\uFEFF',
  );
  const edit = editOf(tricky);

  it(
    'on random text',
    () => {
      fc.assert(fc.property(anyText, check), { numRuns: 500 });
      fc.assert(
        fc.property(fc.array(fc.oneof(tricky, fc.constantFrom('Q?', 'x')), { maxLength: 60 }), (parts) =>
          check(parts.join('')),
        ),
        { numRuns: 500 },
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    'on mutations of a valid file',
    () => {
      fc.assert(
        fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) =>
          check(applyEdits(SAMPLE, edits)),
        ),
        { numRuns: 1000 },
      );
    },
    FUZZ_TIMEOUT,
  );
});
