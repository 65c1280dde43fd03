import { describe, expect, it } from 'vitest';
import type { Mode } from '../../../src/domain/attempt';
import type { ExamFormat } from '../../../src/domain/formats';
import { READINESS_DEFAULTS, type ReadinessAttempt, readiness } from '../../../src/domain/readiness';
import { builtIn } from '../../support/fixtures';

/** Ten questions in area a and ten in area b, 70% to pass. */
const twoAreas: ExamFormat = {
  ...builtIn('cpc'),
  id: 'two-areas',
  passPercent: 70,
  parts: [
    {
      id: 'choice',
      kind: 'choice',
      title: 'Multiple choice',
      blueprint: [
        { area: 'a', count: 10 },
        { area: 'b', count: 10 },
      ],
    },
  ],
};

function attempt(
  finishedAt: number,
  a: [earned: number, answered: number],
  b: [earned: number, answered: number],
  mode: Mode = 'exam',
): ReadinessAttempt {
  return {
    mode,
    finishedAt,
    areas: [
      { id: 'a', earned: a[0], possible: 10, questions: 10, answered: a[1] },
      { id: 'b', earned: b[0], possible: 10, questions: 10, answered: b[1] },
    ],
  };
}

describe('not enough data', () => {
  it.each<[string, ReadinessAttempt[], number, string[]]>([
    ['no attempts', [], 0, ['a', 'b']],
    ['one exam attempt', [attempt(1, [8, 10], [6, 10])], 1, []],
    [
      'practice attempts do not count',
      [attempt(1, [8, 10], [6, 10]), attempt(2, [8, 10], [6, 10], 'practice')],
      1,
      [],
    ],
    [
      'two attempts but area b barely answered',
      [attempt(1, [8, 10], [1, 2]), attempt(2, [8, 10], [1, 2])],
      2,
      ['b'],
    ],
  ])('%s', (_label, history, attempts, shortAreas) => {
    const result = readiness(twoAreas, history);
    expect(result.kind).toBe('not-enough');
    if (result.kind !== 'not-enough') return;
    expect(result.attempts).toBe(attempts);
    expect(result.shortAreas.map((a) => a.area)).toEqual(shortAreas);
  });
});

describe('an estimate', () => {
  it('weights each area by the blueprint, from beta posteriors, with a 90% range', () => {
    const result = readiness(twoAreas, [attempt(1, [8, 10], [6, 10]), attempt(2, [8, 10], [6, 10])]);
    if (result.kind !== 'estimate') throw new Error(`expected an estimate, got ${result.kind}`);
    // a: 16 of 20 -> Beta(16.5, 4.5), mean 0.7857; b: 12 of 20 -> Beta(12.5, 8.5), mean 0.5952.
    expect(result.areas.map((a) => [a.area, a.weight, Number(a.accuracy.toFixed(4))])).toEqual([
      ['a', 10, 0.7857],
      ['b', 10, 0.5952],
    ]);
    expect(result.percent).toBeCloseTo(69.05, 2);
    // Beta-binomial predictive variance over 10 points: 2.3725 (a) + 3.3949 (b); sd 2.4015 points of 20.
    expect(result.low).toBeCloseTo(69.05 - 19.75, 1);
    expect(result.high).toBeCloseTo(69.05 + 19.75, 1);
    expect(result.verdict).toBe('range-spans-pass');
    expect(result.attempts).toBe(2);
  });

  it.each<[string, [number, number], 'range-above-pass' | 'range-spans-pass' | 'range-below-pass']>([
    ['strong in both areas', [10, 10], 'range-above-pass'],
    ['middling', [7, 7], 'range-spans-pass'],
    ['weak in both areas', [3, 3], 'range-below-pass'],
  ])('%s: %s', (_label, [a, b], verdict) => {
    const history = Array.from({ length: 10 }, (_, i) => attempt(i, [a, 10], [b, 10]));
    const result = readiness(twoAreas, history);
    expect(result.kind === 'estimate' && result.verdict).toBe(verdict);
  });

  it('narrows with more attempts', () => {
    const width = (n: number) => {
      const result = readiness(
        twoAreas,
        Array.from({ length: n }, (_, i) => attempt(i, [7, 10], [7, 10])),
      );
      if (result.kind !== 'estimate') throw new Error('expected an estimate');
      return result.high - result.low;
    };
    expect(width(8)).toBeLessThan(width(2));
  });

  it('counts only the latest attempts', () => {
    const old = Array.from({ length: 5 }, (_, i) => attempt(i, [0, 10], [0, 10]));
    const recent = Array.from({ length: 3 }, (_, i) => attempt(100 + i, [10, 10], [10, 10]));
    const result = readiness(twoAreas, [...old, ...recent], { ...READINESS_DEFAULTS, recentAttempts: 3 });
    expect(result.kind === 'estimate' && result.percent).toBeGreaterThan(90);
  });

  it('weights a case area by the points its cases carried', () => {
    const cic: ExamFormat = {
      ...twoAreas,
      parts: [
        { id: 'choice', kind: 'choice', title: 'Multiple choice', blueprint: [{ area: 'a', count: 10 }] },
        { id: 'cases', kind: 'case', title: 'Cases', blueprint: [{ area: 'inpatient-case', count: 2 }] },
      ],
    };
    const withCases = (at: number): ReadinessAttempt => ({
      mode: 'exam',
      finishedAt: at,
      areas: [
        { id: 'a', earned: 10, possible: 10, questions: 10, answered: 10 },
        { id: 'inpatient-case', earned: 0, possible: 15, questions: 3, answered: 3 },
      ],
    });
    const result = readiness(cic, [withCases(1), withCases(2)]);
    if (result.kind !== 'estimate') throw new Error('expected an estimate');
    // Two cases of five codes each (30 points over 6 cases seen) against ten one-point questions.
    expect(result.areas.find((a) => a.area === 'inpatient-case')?.weight).toBe(10);
    expect(result.percent).toBeGreaterThan(45);
    expect(result.percent).toBeLessThan(55);
  });
});
