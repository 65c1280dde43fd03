import { describe, expect, it } from 'vitest';
import { parseNative } from '../../../src/importers/native';
import { importBankFile } from '../../../src/importers/registry';
import { describeProblem } from '../../../src/importers/types';

const question = (extra: Record<string, unknown> = {}) => ({
  id: 'q1',
  area: 'icd-10-cm',
  type: 'single',
  stem: 'Which code reports essential hypertension?',
  choices: ['I10', 'I11.9', 'I12.9', 'I15.0'],
  key: 'A',
  rationale: 'I10 is essential hypertension.',
  ...extra,
});
const bank = (questions: unknown[]) =>
  JSON.stringify({ format: 'coding-exam-bank', version: 1, title: 'T', questions }, null, 2);
const parse = (text: string, fileName = 'bank.json') => parseNative({ fileName, text, bankId: 'b1' });

describe('native bank format', () => {
  it('reads every question type', () => {
    const result = parse(
      bank([
        question(),
        question({ id: 'q2', type: 'multiple', key: ['A', 'C'] }),
        {
          id: 'q3',
          area: 'icd-10-cm',
          type: 'short',
          stem: 'Code?',
          accepted: ['I10', { number: 4, tolerance: 0 }],
        },
        {
          id: 'q4',
          area: 'inpatient-case',
          type: 'case',
          stem: 'Code it',
          record: 'DISCHARGE SUMMARY\nPatient...',
          expectedCodes: [{ code: 'I10', system: 'ICD-10-CM' }],
          principalFirst: true,
        },
      ]),
    );
    if (!result.ok) throw new Error(result.problems.map(describeProblem).join('\n'));
    expect(result.bank.questions.map((q) => q.type)).toEqual(['single', 'multiple', 'short', 'case']);
    expect(result.bank.questions[0]).toMatchObject({
      bankId: 'b1',
      key: 'A',
      choices: [{ id: 'A', text: 'I10' }, {}, {}, {}],
    });
    expect(result.bank.questions[2]).toMatchObject({
      accepted: [
        { kind: 'text', text: 'I10' },
        { kind: 'number', value: 4 },
      ],
    });
  });

  it('accepts a byte order mark and CRLF line endings', () => {
    const result = parse(`\uFEFF${bank([question()]).replace(/\n/g, '\r\n')}`);
    expect(result.ok).toBe(true);
  });

  it.each([
    [
      question({ key: 'E' }),
      'bank.json:17 (field questions[0].key): question 1: key "E" names no choice: there are only 4 (A, B, C, D)',
    ],
    [question({ area: undefined }), 'bank.json:6 (field questions[0].area): question 1: area is missing'],
    [
      question({ type: 'essay' }),
      'bank.json:9 (field questions[0].type): question 1: type must be "single", "multiple", "short" or "case"',
    ],
    [
      question({ choices: ['only one'] }),
      'bank.json:11 (field questions[0].choices): question 1: choices needs at least 2 choices',
    ],
    [question({ choices: ['I10', 'i10', 'I12.9'] }), 'question 1: choice B repeats an earlier choice'],
  ])('rejects a bad question with its line and field', (bad, message) => {
    const result = parse(bank([bad]));
    if (result.ok) throw new Error('expected problems');
    expect(result.problems.map(describeProblem).join('\n')).toContain(message);
  });

  it('reports a repeated id and keeps every problem, importing nothing', () => {
    const result = parse(bank([question(), question(), question({ id: 'q3', key: 'Z' })]));
    if (result.ok) throw new Error('expected problems');
    expect(result.problems.map((p) => p.message)).toEqual([
      'question 2: id "q1" is already used by question 1; ids must be unique',
      'question 3: key must be a choice letter from A to H',
    ]);
  });

  it.each([
    [
      '{"format": "coding-exam-bank",\n "title": "x",\n "questions": [\n',
      4,
      'the file ended where a value was expected',
    ],
    ['{\n "title": "unclosed\n}', 2, 'a text value is not closed'],
    ['{\n "a": 1 "b": 2\n}', 2, 'expected "," or "}" but found'],
  ])('names the line of a JSON syntax error', (text, line, message) => {
    const result = parse(text);
    if (result.ok) throw new Error('expected problems');
    expect(result.problems[0]?.line).toBe(line);
    expect(result.problems[0]?.message).toContain(message);
  });

  it('rejects a file of another format version, saying which', () => {
    const result = parse(
      JSON.stringify({ format: 'coding-exam-bank', version: 2, title: 'x', questions: [question()] }),
    );
    if (result.ok) throw new Error('expected problems');
    expect(result.problems[0]?.message).toBe('version must be 1');
  });

  it('the registry detects the native format by content, whatever the file name', () => {
    const result = importBankFile({ fileName: 'export.txt', text: bank([question()]), bankId: 'b' });
    expect(result).toMatchObject({ ok: true, format: 'native' });
  });

  it('the registry refuses an empty file and an unknown one with a clear reason', () => {
    expect(importBankFile({ fileName: 'a.json', text: '  ', bankId: 'b' })).toMatchObject({
      ok: false,
      problems: [{ message: 'the file is empty' }],
    });
    const unknown = importBankFile({ fileName: 'a.docx', text: 'PK\u0003\u0004', bankId: 'b' });
    if (unknown.ok) throw new Error('expected problems');
    expect(unknown.problems[0]?.message).toMatch(/does not look like a bank format/);
  });

  it('keeps markup as data: a stem with a script tag is stored as text, never run', () => {
    const result = parse(bank([question({ stem: '<img src=x onerror=alert(1)> Which code?' })]));
    if (!result.ok) throw new Error('expected a bank');
    expect(result.bank.questions[0]?.stem).toBe('<img src=x onerror=alert(1)> Which code?');
    expect(result.bank.questions[0]?.textFormat).toBe('plain');
  });
});
