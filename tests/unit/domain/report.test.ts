import { describe, expect, it } from 'vitest';
import type { Answer, Response } from '../../../src/domain/attempt';
import type { ClockState } from '../../../src/domain/clock';
import type { Form } from '../../../src/domain/form';
import { type Question, questionKey } from '../../../src/domain/questions';
import {
  areaRows,
  caseResults,
  describePace,
  filterReview,
  formatDuration,
  paceReport,
  partRows,
  type ReviewFilter,
  reviewEntries,
  totalsOf,
} from '../../../src/domain/report';
import { scoreForm } from '../../../src/domain/scoring';
import { builtIn, codingCase, single } from '../../support/fixtures';

const SECOND = 1000;

function clock(deadline: number, pausedMs = 0): ClockState {
  return { startedAt: 0, deadline, pausedAt: null, pausedMs, lastSeenAt: 0, jumps: [] };
}

function response(answer: Answer | null, answeredAt: number | null, flagged = false): Response {
  return { answer, answeredAt, flagged, struck: [], note: '' };
}

const four = [
  single('q1', 'anatomy', 'A'),
  single('q2', 'anatomy', 'A'),
  single('q3', 'hcpcs', 'A'),
  single('q4', 'hcpcs', 'A'),
];
const formOf = (questions: Question[], partId = 'choice'): Form => ({
  seed: 1,
  items: questions.map((question) => ({ partId, question })),
});

/** Answers to the four questions (right ones) saved at these seconds; null leaves one unanswered. */
function answeredAt(seconds: (number | null)[]): Record<string, Response> {
  const out: Record<string, Response> = {};
  seconds.forEach((s, i) => {
    const q = four[i];
    if (q && s !== null) out[questionKey(q)] = response({ type: 'single', choice: 'A' }, s * SECOND);
  });
  return out;
}

describe('breakdown by part and area', () => {
  const cic = builtIn('cic');
  const form: Form = {
    seed: 1,
    items: [
      ...formOf(four).items,
      { partId: 'cases', question: codingCase('c1', ['A41.51', 'N39.0', 'E11.9']) },
    ],
  };
  const responses = {
    ...answeredAt([1, 2, null, 4]),
    'bank/c1': response({ type: 'case', codes: ['N39.0', 'A41.51', 'Z99'] }, 5 * SECOND),
  };
  const score = scoreForm(form, responses, 70, 1000 * SECOND);

  it('names the parts by their titles, in the format order', () => {
    expect(partRows(score, cic).map((r) => [r.label, r.earned, r.possible])).toEqual([
      ['Multiple choice', 3, 4],
      ['Inpatient coding cases', 1, 3],
    ]);
  });

  it('names the areas and adds up to the score', () => {
    const rows = areaRows(score);
    expect(rows.map((r) => [r.label, r.earned, r.possible])).toEqual([
      ['Anatomy', 2, 2],
      ['HCPCS Level II', 1, 2],
      ['Inpatient coding cases', 1, 3],
    ]);
    expect(totalsOf(rows)).toEqual({
      questions: 5,
      earned: score.earned,
      possible: 7,
      percent: (4 / 7) * 100,
    });
  });

  it('marks each expected code of a case and lists the extra codes', () => {
    const [result] = caseResults(form, score);
    expect(result?.index).toBe(4);
    expect(result?.marks.expected.map((e) => [e.code, e.mark])).toEqual([
      ['A41.51', 'out-of-order'],
      ['N39.0', 'found'],
      ['E11.9', 'missing'],
    ]);
    expect(result?.marks.extra).toEqual(['Z99']);
  });
});

describe('durations', () => {
  it.each([
    [0, '0 s'],
    [130, 'under 1 s'],
    [40 * SECOND, '40 s'],
    [(2 * 60 + 16) * SECOND, '2 min 16 s'],
    [9 * 60 * SECOND, '9 min'],
    [42 * 60 * SECOND, '42 min'],
    [65 * 60 * SECOND, '1 h 5 min'],
    [120 * 60 * SECOND, '2 h'],
    [(24 * 3 + 2) * 3600 * SECOND, '3 days 2 h'],
    [24 * 3600 * SECOND, '1 day'],
  ])('%i ms reads %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});

describe('pace against an even spread of four questions over 400 s (one due every 100 s)', () => {
  it.each<[string, (number | null)[], number, object, RegExp]>([
    [
      'always ahead',
      [50, 150, 250, 350],
      360,
      { fellBehind: null, furthestBehind: null, caughtUpAtMs: null, behindAtEnd: 0 },
      /^You stayed level with or ahead of an even pace throughout \(4 questions answered in 6 min\)\.$/,
    ],
    [
      'behind at the second, caught up at 250 s',
      [50, 250, 260, 270],
      300,
      {
        fellBehind: { atMs: 200 * SECOND, question: 2 },
        furthestBehind: { atMs: 200 * SECOND, by: 1 },
        caughtUpAtMs: 250 * SECOND,
        behindAtEnd: 0,
      },
      /^You fell behind an even pace 3 min 20 s in, when question 2 was due\. You were furthest behind, by 1 question, at 3 min 20 s, and caught up at 4 min 10 s\.$/,
    ],
    [
      'one answer, then nothing to the deadline',
      [50, null, null, null],
      400,
      {
        fellBehind: { atMs: 200 * SECOND, question: 2 },
        furthestBehind: { atMs: 400 * SECOND, by: 3 },
        caughtUpAtMs: null,
        behindAtEnd: 3,
      },
      /when question 2 was due\. You were furthest behind, by 3 questions, at 6 min 40 s, and ended 3 questions behind\.$/,
    ],
    [
      'submitted early with a few answered is not behind',
      [10, 20, null, null],
      60,
      { fellBehind: null, behindAtEnd: 0 },
      /^You stayed level/,
    ],
  ])('%s', (_label, seconds, finishedSeconds, expected, sentence) => {
    const pace = paceReport(formOf(four), answeredAt(seconds), clock(400 * SECOND), finishedSeconds * SECOND);
    expect(pace).toMatchObject(expected);
    expect(describePace(pace)).toMatch(sentence);
  });

  it('counts answers as steps in time order, ignoring one saved after the deadline', () => {
    const responses = answeredAt([300, 50, 401, null]);
    const pace = paceReport(formOf(four), responses, clock(400 * SECOND), 400 * SECOND);
    expect(pace.steps).toEqual([
      { atMs: 50 * SECOND, answered: 1 },
      { atMs: 300 * SECOND, answered: 2 },
    ]);
    expect(pace.answered).toBe(2);
    expect(pace.perAnsweredMs).toBe(200 * SECOND);
    expect(pace.allowedPerQuestionMs).toBe(100 * SECOND);
  });

  it('leaves paused time out of the time used', () => {
    const pace = paceReport(formOf(four), answeredAt([50]), clock(500 * SECOND, 100 * SECOND), 300 * SECOND);
    expect(pace.usedMs).toBe(200 * SECOND);
    expect(pace.allowedMs).toBe(400 * SECOND);
  });

  it('with nothing answered there is no pace to describe', () => {
    const pace = paceReport(formOf(four), {}, clock(400 * SECOND), 30 * SECOND);
    expect(describePace(pace)).toBe('No answers were saved, so there is no pace to show.');
    expect(pace.perAnsweredMs).toBeNull();
  });
});

describe('answer review', () => {
  const responses: Record<string, Response> = {
    'bank/q1': response({ type: 'single', choice: 'A' }, SECOND, true),
    'bank/q2': response({ type: 'single', choice: 'B' }, SECOND),
    'bank/q3': response(null, null, true),
    // Saved after the deadline: shown as unanswered, as it was scored.
    'bank/q4': response({ type: 'single', choice: 'A' }, 20 * SECOND),
  };
  const score = scoreForm(formOf(four), responses, 70, 10 * SECOND);
  const entries = reviewEntries(formOf(four), responses, score);

  it('gives each question its outcome, flag and the answer that counted', () => {
    expect(entries.map((e) => [e.key, e.outcome, e.flagged, e.answer?.type ?? null])).toEqual([
      ['bank/q1', 'correct', true, 'single'],
      ['bank/q2', 'incorrect', false, 'single'],
      ['bank/q3', 'unanswered', true, null],
      ['bank/q4', 'unanswered', false, null],
    ]);
  });

  it.each<[ReviewFilter, string | null, string[]]>([
    ['all', null, ['q1', 'q2', 'q3', 'q4']],
    ['incorrect', null, ['q2']],
    ['unanswered', null, ['q3', 'q4']],
    ['flagged', null, ['q1', 'q3']],
    ['all', 'hcpcs', ['q3', 'q4']],
    ['flagged', 'anatomy', ['q1']],
    ['incorrect', 'hcpcs', []],
  ])('%s in area %s', (filter, area, ids) => {
    expect(filterReview(entries, filter, area).map((e) => e.question.id)).toEqual(ids);
  });
});
