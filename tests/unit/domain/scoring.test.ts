import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer, Response } from '../../../src/domain/attempt';
import type { Form } from '../../../src/domain/form';
import { type Question, questionKey } from '../../../src/domain/questions';
import { markCase, pointsEarned, scoreForm } from '../../../src/domain/scoring';
import { codingCase, single } from '../../support/fixtures';

const multiple: Question = {
  ...single('m1', 'anatomy'),
  type: 'multiple',
  keys: ['A', 'C'],
} as Question;
const short: Question = {
  id: 's1',
  bankId: 'bank',
  area: 'icd-10-cm',
  type: 'short',
  stem: 'Code for essential hypertension?',
  textFormat: 'plain',
  accepted: [
    { kind: 'text', text: 'I10' },
    { kind: 'number', value: 42, tolerance: 0.5 },
  ],
  caseSensitive: false,
  rationale: '',
  references: [],
  tags: [],
};

describe('points for one question', () => {
  it.each<[string, Question, Answer | null, number]>([
    ['single right', single('q', 'anatomy', 'B'), { type: 'single', choice: 'B' }, 1],
    ['single wrong', single('q', 'anatomy', 'B'), { type: 'single', choice: 'C' }, 0],
    ['unanswered', single('q', 'anatomy', 'B'), null, 0],
    ['multiple exact set', multiple, { type: 'multiple', choices: ['C', 'A'] }, 1],
    ['multiple subset', multiple, { type: 'multiple', choices: ['A'] }, 0],
    ['multiple superset', multiple, { type: 'multiple', choices: ['A', 'B', 'C'] }, 0],
    ['short, other case and spaces', short, { type: 'short', text: '  i10 ' }, 1],
    ['short, number within tolerance', short, { type: 'short', text: '42.4' }, 1],
    ['short, number outside tolerance', short, { type: 'short', text: '43' }, 0],
    ['short, empty', short, { type: 'short', text: '' }, 0],
    ['answer of the wrong kind', single('q', 'anatomy', 'A'), { type: 'short', text: 'A' }, 0],
  ])('%s', (_label, question, answer, points) => {
    expect(pointsEarned(question, answer).earned).toBe(points);
  });
});

describe('coding cases', () => {
  const sepsis = codingCase('c1', ['A41.51', 'N39.0', 'N17.9', 'E11.9']);

  it.each<[string, string[], number, string[], string[]]>([
    [
      'all, in order, any spelling',
      ['a41.51', 'N390', ' n17.9', 'E119'],
      4,
      ['found', 'found', 'found', 'found'],
      [],
    ],
    [
      'the principal code second',
      ['N39.0', 'A41.51', 'N17.9', 'E11.9'],
      3,
      ['out-of-order', 'found', 'found', 'found'],
      [],
    ],
    [
      'one missing and one extra',
      ['A41.51', 'N39.0', 'I10'],
      2,
      ['found', 'found', 'missing', 'missing'],
      ['I10'],
    ],
    [
      'a code entered twice earns once',
      ['A41.51', 'A4151', 'N39.0'],
      2,
      ['found', 'found', 'missing', 'missing'],
      ['A4151'],
    ],
    ['nothing entered', [], 0, ['missing', 'missing', 'missing', 'missing'], []],
    ['blank rows are ignored', ['', 'A41.51'], 1, ['found', 'missing', 'missing', 'missing'], []],
  ])('%s', (_label, entered, points, marks, extra) => {
    const result = markCase(sepsis, entered);
    expect(result.expected.map((e) => e.mark)).toEqual(marks);
    expect(result.extra).toEqual(extra);
    expect(pointsEarned(sepsis, { type: 'case', codes: entered }).earned).toBe(points);
  });

  it('without the principal-first rule, order does not matter', () => {
    const anyOrder = codingCase('c2', ['I10', 'E11.9'], false);
    expect(pointsEarned(anyOrder, { type: 'case', codes: ['E11.9', 'I10'] }).earned).toBe(2);
  });
});

function formOf(questions: Question[], partId = 'choice'): Form {
  return { seed: 1, items: questions.map((question) => ({ partId, question })) };
}

const answered = (answer: Answer, at = 0): Response => ({
  answer,
  answeredAt: at,
  flagged: false,
  struck: [],
  note: '',
});

describe('scoring a form', () => {
  const tenQuestions = Array.from({ length: 10 }, (_, i) =>
    single(`q${i}`, i < 5 ? 'anatomy' : 'hcpcs', 'A'),
  );
  const rightOn = (n: number) =>
    Object.fromEntries(
      tenQuestions.slice(0, n).map((q) => [questionKey(q), answered({ type: 'single', choice: 'A' })]),
    );

  it.each([
    [7, 70, true, 7, 0],
    [6, 70, false, 7, -1],
    [10, 70, true, 7, 3],
    [8, 80, true, 8, 0],
    [7, 75, false, 8, -1],
    [0, 70, false, 7, -7],
  ])(
    '%i of 10 right at a %i%% mark: passed %s, needs %i, margin %i',
    (right, mark, passed, needed, margin) => {
      const score = scoreForm(formOf(tenQuestions), rightOn(right), mark, 1000);
      expect(score.percent).toBe(right * 10);
      expect(score.passed).toBe(passed);
      expect(score.pointsNeeded).toBe(needed);
      expect(score.margin).toBe(margin);
    },
  );

  it('answers saved after the deadline are ignored; one saved exactly at it counts', () => {
    const [a, b] = tenQuestions;
    if (!a || !b) throw new Error('fixture');
    const responses = {
      [questionKey(a)]: answered({ type: 'single', choice: 'A' }, 1000),
      [questionKey(b)]: answered({ type: 'single', choice: 'A' }, 1001),
    };
    const score = scoreForm(formOf(tenQuestions), responses, 70, 1000);
    expect(score.earned).toBe(1);
    expect(score.items.filter((i) => i.answered)).toHaveLength(1);
  });

  it('breaks the score down by part and by area, adding up to the total', () => {
    const cases = [codingCase('c1', ['I10', 'E11.9', 'N18.30'])];
    const form: Form = { seed: 1, items: [...formOf(tenQuestions).items, ...formOf(cases, 'cases').items] };
    const responses = {
      ...rightOn(6),
      [questionKey(cases[0] as Question)]: answered({ type: 'case', codes: ['I10'] }),
    };
    const score = scoreForm(form, responses, 70, 1000);
    expect(score.possible).toBe(13);
    expect(score.earned).toBe(7);
    expect(score.byPart.map((p) => [p.id, p.earned, p.possible])).toEqual([
      ['choice', 6, 10],
      ['cases', 1, 3],
    ]);
    expect(score.byArea.map((a) => [a.id, a.earned, a.possible])).toEqual([
      ['anatomy', 5, 5],
      ['hcpcs', 1, 5],
      ['inpatient-case', 1, 3],
    ]);
  });

  it('a score never exceeds the possible points, and the parts add up', () => {
    const questions: Question[] = [...tenQuestions, codingCase('c1', ['I10', 'E11.9']), multiple, short];
    const answerArb = fc.oneof(
      fc.constant(null),
      fc.record({ type: fc.constant('single' as const), choice: fc.constantFrom('A', 'B', 'C', 'D') }),
      fc.record({ type: fc.constant('multiple' as const), choices: fc.subarray(['A', 'B', 'C', 'D']) }),
      fc.record({ type: fc.constant('short' as const), text: fc.string() }),
      fc.record({
        type: fc.constant('case' as const),
        codes: fc.array(fc.constantFrom('I10', 'i10', 'E119', 'X', '')),
      }),
    );
    fc.assert(
      fc.property(
        fc.array(answerArb, { minLength: questions.length, maxLength: questions.length }),
        (answers) => {
          const responses: Record<string, Response> = {};
          answers.forEach((answer, i) => {
            const q = questions[i];
            if (q && answer) responses[questionKey(q)] = answered(answer);
          });
          const score = scoreForm(formOf(questions), responses, 70, 1000);
          const areaSum = score.byArea.reduce((s, a) => s + a.earned, 0);
          return score.earned <= score.possible && score.earned >= 0 && areaSum === score.earned;
        },
      ),
    );
  });
});
