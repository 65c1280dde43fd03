import { describe, expect, it } from 'vitest';
import type { Answer, Response } from '../../../src/domain/attempt';
import { assembleForm, type Form } from '../../../src/domain/form';
import {
  type AttemptRecord,
  areaTrend,
  csvField,
  csvText,
  type HistoryEntry,
  historyCsv,
  historyEntryOf,
  matchingCandidates,
  type PastAttempt,
  pickStudyQuestions,
  type StudySource,
  studyCandidates,
  studyFormat,
  trendPoints,
} from '../../../src/domain/history';
import { type Question, questionKey } from '../../../src/domain/questions';
import { scoreForm } from '../../../src/domain/scoring';
import { builtIn, codingCase, single } from '../../support/fixtures';

const cpc = builtIn('cpc');

function response(answer: Answer | null, flagged = false): Response {
  return { answer, answeredAt: answer ? 1 : null, flagged, struck: [], note: '' };
}

const choose = (choice: string) => response({ type: 'single', choice });

function formOf(questions: Question[]): Form {
  return { seed: 1, items: questions.map((question) => ({ partId: 'choice', question })) };
}

function record(id: string, finishedAt: number, questions: Question[], answers: Record<string, Response>) {
  const row: AttemptRecord = {
    id,
    formatId: 'cpc',
    format: cpc,
    mode: 'exam',
    status: 'submitted',
    startedAt: finishedAt - 1000,
    finishedAt,
    score: scoreForm(formOf(questions), answers, 70, finishedAt),
  };
  return row;
}

const q1 = single('q1', 'anatomy', 'A');
const q2 = single('q2', 'anatomy', 'A');
const q3 = single('q3', 'hcpcs', 'A');

function entry(id: string, finishedAt: number, answers: Record<string, Response>): HistoryEntry {
  const e = historyEntryOf(record(id, finishedAt, [q1, q2, q3], answers));
  if (!e) throw new Error('expected a finished entry');
  return e;
}

describe('history entries', () => {
  it('a running attempt has none', () => {
    expect(
      historyEntryOf({ ...record('x', 10, [q1], {}), status: 'in-progress', finishedAt: null }),
    ).toBeNull();
  });

  it('keeps the score and counts answered questions per area', () => {
    const e = entry('a', 5000, { 'bank/q1': choose('A'), 'bank/q3': choose('B') });
    expect(e).toMatchObject({ formatCode: 'CPC', mode: 'exam', earned: 1, possible: 3, passed: false });
    expect(e.areas.map((a) => [a.id, a.earned, a.possible, a.answered])).toEqual([
      ['anatomy', 1, 2, 1],
      ['hcpcs', 0, 1, 1],
    ]);
  });
});

describe('trend and area accuracy', () => {
  const entries = [
    entry('late', 3000, { 'bank/q1': choose('A'), 'bank/q2': choose('A'), 'bank/q3': choose('A') }),
    entry('early', 1000, {}),
    entry('middle', 2000, { 'bank/q1': choose('A') }),
  ];

  it('puts attempts oldest first and keeps the latest few', () => {
    expect(trendPoints(entries, 10).map((p) => [p.n, p.id, Math.round(p.percent)])).toEqual([
      [1, 'early', 0],
      [2, 'middle', 33],
      [3, 'late', 100],
    ]);
    expect(trendPoints(entries, 2).map((p) => p.id)).toEqual(['middle', 'late']);
  });

  it('gives each area a percent per attempt', () => {
    const table = areaTrend(entries, 10);
    expect(table.columns.map((c) => c.id)).toEqual(['early', 'middle', 'late']);
    expect(table.rows.map((r) => [r.label, r.cells])).toEqual([
      ['Anatomy', [0, 50, 100]],
      ['HCPCS Level II', [0, 0, 100]],
    ]);
  });
});

describe('CSV (RFC 4180)', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\r\nlines', '"two\r\nlines"'],
    ['line\nfeed', '"line\nfeed"'],
    ['', ''],
  ])('%j is written %j', (value, written) => {
    expect(csvField(value)).toBe(written);
  });

  it.each([
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['+1', "'+1"],
    ['-x', "'-x"],
    ['@sum', "'@sum"],
    ['CPC', 'CPC'],
  ])('text %j that a spreadsheet would run is neutralised as %j', (value, written) => {
    expect(csvText(value)).toBe(written);
  });

  it('writes a header and one row per attempt, oldest first, with CRLF line ends', () => {
    const quoted = historyEntryOf({
      ...record('c', Date.UTC(2026, 5, 3, 8, 30), [q1], { 'bank/q1': choose('A') }),
      mode: 'practice',
      format: { ...cpc, code: 'MY', name: 'Mine, "revised"' },
    });
    if (!quoted) throw new Error('fixture');
    const entries = [
      entry('b', Date.UTC(2026, 5, 2, 10), { 'bank/q1': choose('A'), 'bank/q2': choose('A') }),
      quoted,
      entry('a', Date.UTC(2026, 5, 1, 9), {}),
    ];
    expect(historyCsv(entries, { areaColumns: false })).toBe(
      [
        'date,format,format name,mode,status,percent,pass mark,passed,earned,possible',
        '2026-06-01T09:00:00.000Z,CPC,Certified Professional Coder,exam,submitted,0,70,no,0,3',
        '2026-06-02T10:00:00.000Z,CPC,Certified Professional Coder,exam,submitted,66.7,70,no,2,3',
        '2026-06-03T08:30:00.000Z,MY,"Mine, ""revised""",practice,submitted,100,70,yes,1,1',
        '',
      ].join('\r\n'),
    );
  });

  it('adds a percent column per area, empty where an attempt had none of it', () => {
    const other = historyEntryOf(record('c', 5000, [q3], { 'bank/q3': choose('A') }));
    if (!other) throw new Error('fixture');
    const lines = historyCsv([entry('a', 1000, { 'bank/q1': choose('A') }), other], {
      areaColumns: true,
    }).split('\r\n');
    expect(lines[0]).toMatch(/,Anatomy %,HCPCS Level II %$/);
    expect(lines[1]).toMatch(/,50,0$/);
    expect(lines[2]).toMatch(/,,100$/);
  });
});

describe('study from mistakes', () => {
  const bank = [q1, q2, q3, single('q4', 'hcpcs'), single('q5', 'medicine'), codingCase('c1', ['I10'])];

  function sitting(
    finishedAt: number,
    questions: Question[],
    answers: Record<string, Response>,
  ): PastAttempt {
    return {
      finishedAt,
      items: formOf(questions).items,
      score: scoreForm(formOf(questions), answers, 70, finishedAt),
      flagged: new Set(
        Object.entries(answers)
          .filter(([, r]) => r.flagged)
          .map(([k]) => k),
      ),
    };
  }

  const first = sitting(1000, [q1, q2, q3], {
    'bank/q1': choose('B'),
    'bank/q2': choose('C'),
    'bank/q3': { ...choose('A'), flagged: true },
  });
  // q2 answered right since: no longer a mistake. q1 wrong again.
  const second = sitting(2000, [q1, q2], { 'bank/q1': choose('D'), 'bank/q2': choose('A') });
  const seen = new Set([q1, q2, q3].map(questionKey));

  it('takes each question once, from its last sitting, and the never-seen from the banks', () => {
    const candidates = studyCandidates([second, first], seen, bank);
    expect(candidates.map((c) => [c.question.id, c.sources])).toEqual([
      ['q1', ['wrong']],
      ['q3', ['flagged']],
      ['q4', ['unseen']],
      ['q5', ['unseen']],
      ['c1', ['unseen']],
    ]);
  });

  it('counts a question never answered as unanswered, not wrong', () => {
    const blank = sitting(3000, [q5()], {});
    expect(studyCandidates([blank], new Set(), []).map((c) => c.sources)).toEqual([['unanswered']]);
  });

  it('a wrong answer stays a mistake when a later sitting leaves the question blank', () => {
    const blankLater = sitting(3000, [q1, q3], {});
    const candidates = studyCandidates([first, second, blankLater], seen, []);
    // q3 was answered right before and is no longer flagged at its last sitting.
    expect(candidates.map((c) => [c.question.id, c.sources])).toEqual([['q1', ['wrong']]]);
  });

  it.each<[string, StudySource[], string[] | null, boolean, string[]]>([
    ['wrong only', ['wrong'], null, true, ['q1']],
    ['flagged and wrong', ['wrong', 'flagged'], null, true, ['q1', 'q3']],
    ['never seen, HCPCS only', ['unseen'], ['hcpcs'], true, ['q4']],
    ['never seen without cases', ['unseen'], null, false, ['q4', 'q5']],
  ])('%s', (_label, sources, areas, includeCases, ids) => {
    const candidates = studyCandidates([first, second], seen, bank);
    const matching = matchingCandidates(candidates, {
      sources: new Set(sources),
      areas: areas ? new Set(areas) : null,
      includeCases,
    });
    expect(matching.map((c) => c.question.id)).toEqual(ids);
  });

  it('picks the chosen count, the same for the same seed, all when fewer match', () => {
    const candidates = studyCandidates([], new Set(), bank);
    const picked = pickStudyQuestions(candidates, 3, 42);
    expect(picked).toHaveLength(3);
    expect(pickStudyQuestions(candidates, 3, 42)).toEqual(picked);
    expect(new Set(picked.map(questionKey)).size).toBe(3);
    expect(pickStudyQuestions(candidates, 50, 1)).toHaveLength(bank.length);
  });

  it('a study format draws exactly the chosen questions, cases in a part of their own', () => {
    const chosen = [q1, q3, single('q4', 'hcpcs'), codingCase('c1', ['I10'])];
    const format = studyFormat(chosen, 15);
    expect(format.origin).toBe('custom');
    expect(format.timing).toEqual({ kind: 'timed', minutes: 15 });
    expect(format.parts.map((p) => [p.kind, p.blueprint])).toEqual([
      [
        'choice',
        [
          { area: 'anatomy', count: 1 },
          { area: 'hcpcs', count: 2 },
        ],
      ],
      ['case', [{ area: 'inpatient-case', count: 1 }]],
    ]);
    const result = assembleForm(format, chosen, 7);
    if (!result.ok) throw new Error('expected a form');
    expect(result.form.items.map((i) => questionKey(i.question)).sort()).toEqual(
      chosen.map(questionKey).sort(),
    );
    expect(result.form.items.find((i) => i.question.type === 'case')?.partId).toBe('cases');
  });
});

function q5(): Question {
  return single('q5', 'medicine');
}
