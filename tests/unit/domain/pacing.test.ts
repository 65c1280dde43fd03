import { describe, expect, it } from 'vitest';
import type { Accommodation } from '../../../src/domain/clock';
import type { ExamFormat, FormatPart } from '../../../src/domain/formats';
import {
  CASE_WEIGHT,
  checkpointInterval,
  describeCheckpoint,
  describeDayCheckpoint,
  type PacingPlan,
  planPacing,
  positionAfter,
  weightedUnits,
} from '../../../src/domain/pacing';
import { formatMinutesSeconds } from '../../../src/domain/time';
import { builtIn } from '../../support/fixtures';

function timed(plan: PacingPlan) {
  if (plan.kind !== 'timed') throw new Error(`expected a timed plan, got ${plan.kind}`);
  return plan;
}

function windowed(plan: PacingPlan) {
  if (plan.kind !== 'window') throw new Error(`expected a window plan, got ${plan.kind}`);
  return plan;
}

describe('time per question', () => {
  it.each<[string, Accommodation, string, string | null]>([
    ['cpc', 1, '2 min 16 s', null],
    ['cpc', 1.25, '2 min 50 s', null],
    ['cpc', 1.5, '3 min 24 s', null],
    ['cpc', 2, '4 min 32 s', null],
    ['cpc-newer', 1, '2 min 24 s', null],
    // CIC: 60 questions + 10 cases x 5 = 110 question-equivalents in 340 minutes.
    ['cic', 1, '3 min 5 s', '15 min 27 s'],
    ['cic', 2, '6 min 11 s', '30 min 55 s'],
  ])('%s at %sx: %s a question, %s a case', (id, factor, perQuestion, perCase) => {
    const plan = timed(planPacing(builtIn(id), factor));
    expect(formatMinutesSeconds(plan.perQuestionMs)).toBe(perQuestion);
    expect(plan.perCaseMs === null ? null : formatMinutesSeconds(plan.perCaseMs)).toBe(perCase);
  });

  it('stretches the time allowed by the accommodation', () => {
    expect(timed(planPacing(builtIn('cpc'), 1.5)).minutes).toBe(510);
  });

  it('counts a case as CASE_WEIGHT questions', () => {
    expect(CASE_WEIGHT).toBe(5);
    expect(weightedUnits(builtIn('cic'))).toBe(110);
    expect(weightedUnits(builtIn('cic-newer'))).toBe(75);
    expect(weightedUnits(builtIn('cpc'))).toBe(150);
  });
});

describe('checkpoints', () => {
  it('the CPC: hourly, then time up at 5 h 40 min', () => {
    expect(timed(planPacing(builtIn('cpc'), 1)).checkpoints.map(describeCheckpoint)).toEqual([
      'By 1 h you should be near question 26',
      'By 2 h you should be near question 53',
      'By 3 h you should be near question 79',
      'By 4 h you should be near question 106',
      'By 5 h you should be near question 132',
      'By 5 h 40 min time is up: aim to have reached question 150, the last one',
    ]);
  });

  it('the CIC moves from questions to cases', () => {
    expect(timed(planPacing(builtIn('cic'), 1)).checkpoints.map(describeCheckpoint)).toEqual([
      'By 1 h you should be near question 19',
      'By 2 h you should be near question 39',
      'By 3 h you should be near question 58',
      'By 4 h you should be near case 4',
      'By 5 h you should be near case 7',
      'By 5 h 40 min time is up: aim to have reached case 10, the last one',
    ]);
  });

  it('with 1.5x extra time the CPC checkpoints come every 90 minutes', () => {
    const plan = timed(planPacing(builtIn('cpc'), 1.5));
    expect(plan.checkpoints.map((c) => c.atMinutes)).toEqual([90, 180, 270, 360, 450, 510]);
    expect(describeCheckpoint(plan.checkpoints[0] ?? fail())).toBe(
      'By 1 h 30 min you should be near question 26',
    );
  });

  it.each([
    [240, 60],
    [340, 60],
    [360, 60],
    [425, 90],
    [510, 90],
    [680, 120],
  ])('%i minutes: a checkpoint every %i', (minutes, interval) => {
    expect(checkpointInterval(minutes)).toBe(interval);
  });
});

describe('the CMCS window is paced per day', () => {
  const plan = windowed(planPacing(builtIn('cmcs'), 1));

  it('10 questions a day over 10 days', () => {
    expect(plan.days).toBe(10);
    expect(plan.perDay).toBe(10);
    expect(plan.checkpoints).toHaveLength(10);
    expect(describeDayCheckpoint(plan.checkpoints[2] ?? fail())).toBe(
      'By the end of day 3 you should be near question 30',
    );
    expect(describeDayCheckpoint(plan.checkpoints[9] ?? fail())).toBe(
      'By the end of day 10 the window closes: aim to have reached question 100, the last one',
    );
  });

  it('ignores accommodations, as the clock does', () => {
    expect(planPacing(builtIn('cmcs'), 2)).toEqual(plan);
  });
});

describe('edge cases', () => {
  const base = builtIn('cpc');
  const withParts = (parts: FormatPart[], timing: ExamFormat['timing'] = base.timing): ExamFormat => ({
    ...base,
    parts,
    timing,
  });
  const part = (kind: FormatPart['kind'], count: number): FormatPart => ({
    id: kind,
    kind,
    title: kind,
    blueprint: count > 0 ? [{ area: 'x', count }] : [],
  });

  it('a format with no questions has no pace and no checkpoints', () => {
    const plan = timed(planPacing(withParts([part('choice', 0)]), 1));
    expect(plan.perQuestionMs).toBe(0);
    expect(plan.checkpoints).toEqual([]);
    expect(windowed(planPacing(withParts([], { kind: 'window', days: 3 }), 1)).checkpoints).toEqual([]);
  });

  it('a short exam still gets its final checkpoint', () => {
    const plan = timed(planPacing(withParts([part('choice', 10)], { kind: 'timed', minutes: 30 }), 1));
    expect(plan.checkpoints).toEqual([
      { atMinutes: 30, position: { kind: 'question', number: 10 }, final: true },
    ]);
  });

  it.each([
    [0, { kind: 'question', number: 1 }],
    [0.2, { kind: 'question', number: 1 }],
    [39.7, { kind: 'question', number: 40 }],
    [60, { kind: 'question', number: 60 }],
    [60.5, { kind: 'case', number: 1 }],
    [85, { kind: 'case', number: 5 }],
    [110, { kind: 'case', number: 10 }],
    [500, { kind: 'case', number: 10 }],
  ])('after %d units the CIC candidate is near %j', (units, position) => {
    expect(positionAfter(builtIn('cic'), units)).toEqual(position);
  });

  it('skips empty parts', () => {
    expect(positionAfter(withParts([part('case', 0), part('choice', 20)]), 5)).toEqual({
      kind: 'question',
      number: 5,
    });
  });
});

function fail(): never {
  throw new Error('missing checkpoint');
}
