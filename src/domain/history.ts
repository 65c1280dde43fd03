import { type AreaId, areaLabel } from './areas';
import type { AttemptStatus, Mode } from './attempt';
import type { FormItem } from './form';
import type { ExamFormat, FormatPart } from './formats';
import { partKindOf, type Question, type QuestionKey, questionKey } from './questions';
import { seededRandom, seededSample } from './random';
import type { Score, Tally } from './scoring';

// History: one small summary per finished attempt, the trend and area tables built from them,
// the CSV export, and the choice of questions for a study quiz. Pure: rows come in as data.

/** The fields of a stored attempt that history needs (a structural subset of AttemptRow). */
export interface AttemptRecord {
  readonly id: string;
  readonly formatId: string;
  readonly format: ExamFormat;
  readonly mode: Mode;
  readonly status: AttemptStatus;
  readonly startedAt: number;
  readonly finishedAt: number | null;
  readonly score: Score | null;
}

export interface HistoryEntry {
  readonly id: string;
  readonly formatId: string;
  readonly formatCode: string;
  readonly formatName: string;
  /** Short, and unique among the built-ins: `CPC`, `CPC (newer format)`. */
  readonly formatLabel: string;
  readonly mode: Mode;
  readonly status: Exclude<AttemptStatus, 'in-progress'>;
  readonly startedAt: number;
  readonly finishedAt: number;
  readonly percent: number;
  readonly passed: boolean;
  readonly earned: number;
  readonly possible: number;
  readonly passPercent: number;
  readonly areas: readonly AreaTally[];
  /** The format's parts as sat, for estimates weighted by its blueprint. */
  readonly parts: ExamFormat['parts'];
}

/** An area's points in one attempt, with how many of its questions were answered. */
export interface AreaTally extends Tally {
  readonly answered: number;
}

function areaTallies(score: Score): AreaTally[] {
  const answered = new Map<AreaId, number>();
  for (const item of score.items) {
    if (item.answered) answered.set(item.area, (answered.get(item.area) ?? 0) + 1);
  }
  return score.byArea.map((t) => ({ ...t, answered: answered.get(t.id) ?? 0 }));
}

/** A format's short name; the newer AAPC formats share codes with the older ones, so they say so. */
export function formatLabel(format: Pick<ExamFormat, 'code' | 'origin'>): string {
  return format.origin === 'newer-built-in' ? `${format.code} (newer format)` : format.code;
}

/** A finished attempt's summary, or null while it runs. */
export function historyEntryOf(row: AttemptRecord): HistoryEntry | null {
  if (row.status === 'in-progress' || row.finishedAt === null || row.score === null) return null;
  const { score } = row;
  return {
    id: row.id,
    formatId: row.formatId,
    formatCode: row.format.code,
    formatName: row.format.name,
    formatLabel: formatLabel(row.format),
    mode: row.mode,
    status: row.status,
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
    percent: score.percent,
    passed: score.passed,
    earned: score.earned,
    possible: score.possible,
    passPercent: score.passPercent,
    areas: areaTallies(score),
    parts: row.format.parts,
  };
}

// ---------------------------------------------------------------------------------------------
// Trend and area accuracy over time

export interface TrendPoint {
  readonly id: string;
  /** 1 for the first attempt shown. */
  readonly n: number;
  readonly finishedAt: number;
  readonly percent: number;
  readonly passed: boolean;
}

/** Percent per attempt, oldest first, the latest `limit` only (a chart of hundreds says nothing). */
export function trendPoints(entries: readonly HistoryEntry[], limit: number): TrendPoint[] {
  return [...entries]
    .sort((a, b) => a.finishedAt - b.finishedAt)
    .slice(-limit)
    .map((e, i) => ({ id: e.id, n: i + 1, finishedAt: e.finishedAt, percent: e.percent, passed: e.passed }));
}

export interface AreaTrendRow {
  readonly area: AreaId;
  readonly label: string;
  /** Percent per column (attempt), null where the attempt had no question in the area. */
  readonly cells: readonly (number | null)[];
}

export interface AreaTrend {
  readonly columns: readonly { readonly id: string; readonly finishedAt: number }[];
  readonly rows: readonly AreaTrendRow[];
}

/** Accuracy per area for the latest `limit` attempts, oldest first; areas in first-seen order. */
export function areaTrend(entries: readonly HistoryEntry[], limit: number): AreaTrend {
  const chosen = [...entries].sort((a, b) => a.finishedAt - b.finishedAt).slice(-limit);
  const areas: AreaId[] = [];
  const seen = new Set<AreaId>();
  for (const e of chosen) {
    for (const t of e.areas) {
      if (!seen.has(t.id)) {
        seen.add(t.id);
        areas.push(t.id);
      }
    }
  }
  const lookups = chosen.map((e) => new Map(e.areas.map((t) => [t.id, t])));
  return {
    columns: chosen.map((e) => ({ id: e.id, finishedAt: e.finishedAt })),
    rows: areas.map((area) => ({
      area,
      label: areaLabel(area),
      cells: lookups.map((m) => {
        const t = m.get(area);
        return t && t.possible > 0 ? (t.earned / t.possible) * 100 : null;
      }),
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a comma, a quote
// or a line break, quotes doubled inside quoted fields)

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * A text cell a spreadsheet would take for a formula (starting =, +, -, @, tab or CR) gets a
 * leading apostrophe: a format name from an imported file must not run in someone's spreadsheet.
 */
export function csvText(value: string): string {
  return csvField(/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
}

export function csvRow(fields: readonly string[]): string {
  return fields.join(',');
}

const round1 = (n: number) => (Math.round(n * 10) / 10).toString();

/** One row per attempt, oldest first; with `areaColumns`, a percent column per area met. */
export function historyCsv(entries: readonly HistoryEntry[], options: { areaColumns: boolean }): string {
  const sorted = [...entries].sort((a, b) => a.finishedAt - b.finishedAt);
  const areas = options.areaColumns ? areaTrend(sorted, sorted.length).rows : [];
  const header = [
    'date',
    'format',
    'format name',
    'mode',
    'status',
    'percent',
    'pass mark',
    'passed',
    'earned',
    'possible',
    ...areas.map((a) => `${a.label} %`),
  ].map(csvText);
  const lines = sorted.map((e, i) =>
    csvRow([
      new Date(e.finishedAt).toISOString(),
      csvText(e.formatCode),
      csvText(e.formatName),
      e.mode,
      e.status,
      round1(e.percent),
      String(e.passPercent),
      e.passed ? 'yes' : 'no',
      String(e.earned),
      String(e.possible),
      ...areas.map((a) => {
        const cell = a.cells[i];
        return cell === null || cell === undefined ? '' : round1(cell);
      }),
    ]),
  );
  return `${[csvRow(header), ...lines].join('\r\n')}\r\n`;
}

// ---------------------------------------------------------------------------------------------
// Study from mistakes

export type StudySource = 'wrong' | 'unanswered' | 'flagged' | 'unseen';
export const STUDY_SOURCES: readonly StudySource[] = ['wrong', 'unanswered', 'flagged', 'unseen'];

/** A finished attempt as study selection reads it: its frozen questions, outcomes and flags. */
export interface PastAttempt {
  readonly finishedAt: number;
  readonly items: readonly FormItem[];
  readonly score: Score;
  readonly flagged: ReadonlySet<QuestionKey>;
}

export interface StudyCandidate {
  readonly key: QuestionKey;
  readonly question: Question;
  readonly sources: readonly StudySource[];
}

interface Sitting {
  /** The copy from the latest sitting. */
  question: Question;
  /** Whether the last answer given was right; null when it was never answered. */
  lastAnswerRight: boolean | null;
  /** Flagged at the latest sitting. */
  flagged: boolean;
}

/**
 * Each question's sittings so far, folded. Sittings are recorded oldest first (the order of the
 * finishedAt index), so history is read in one pass without holding every form.
 */
export type StudyLedger = Map<QuestionKey, Sitting>;

/**
 * Records one finished attempt. A later answer replaces an earlier one's outcome (a question
 * answered right since is no longer a mistake); a later sitting left blank does not. O(questions).
 */
export function recordSitting(ledger: StudyLedger, attempt: PastAttempt): void {
  const outcomes = new Map(attempt.score.items.map((i) => [i.question, i]));
  for (const { question } of attempt.items) {
    const key = questionKey(question);
    const outcome = outcomes.get(key);
    const before = ledger.get(key);
    ledger.set(key, {
      question,
      lastAnswerRight: outcome?.answered ? outcome.correct : (before?.lastAnswerRight ?? null),
      flagged: attempt.flagged.has(key),
    });
  }
}

function sourcesOf(sitting: Sitting): StudySource[] {
  const sources: StudySource[] = [];
  if (sitting.lastAnswerRight === false) sources.push('wrong');
  if (sitting.lastAnswerRight === null) sources.push('unanswered');
  if (sitting.flagged) sources.push('flagged');
  return sources;
}

/**
 * Questions to study, each once, with why: answered wrong the last time it was answered, never
 * answered, or flagged at its last sitting. Never seen: in the current banks and in no form at
 * all (`seenKeys` holds the keys of every attempt's form, running ones included).
 */
export function candidatesFrom(
  ledger: StudyLedger,
  seenKeys: ReadonlySet<QuestionKey>,
  current: readonly Question[],
): StudyCandidate[] {
  const candidates: StudyCandidate[] = [];
  for (const [key, sitting] of ledger) {
    const sources = sourcesOf(sitting);
    if (sources.length > 0) candidates.push({ key, question: sitting.question, sources });
  }
  const added = new Set<QuestionKey>();
  for (const question of current) {
    const key = questionKey(question);
    if (seenKeys.has(key) || ledger.has(key) || added.has(key)) continue;
    added.add(key);
    candidates.push({ key, question, sources: ['unseen'] });
  }
  return candidates;
}

/** The same as recording every attempt (in finish order) and reading the candidates. */
export function studyCandidates(
  past: readonly PastAttempt[],
  seenKeys: ReadonlySet<QuestionKey>,
  current: readonly Question[],
): StudyCandidate[] {
  const ledger: StudyLedger = new Map();
  for (const attempt of [...past].sort((a, b) => a.finishedAt - b.finishedAt)) recordSitting(ledger, attempt);
  return candidatesFrom(ledger, seenKeys, current);
}

export interface StudyChoice {
  readonly sources: ReadonlySet<StudySource>;
  /** null: every area. */
  readonly areas: ReadonlySet<AreaId> | null;
  readonly includeCases: boolean;
}

/** Candidates that match the chosen sources, areas and kinds. */
export function matchingCandidates(
  candidates: readonly StudyCandidate[],
  choice: StudyChoice,
): StudyCandidate[] {
  return candidates.filter(
    (c) =>
      c.sources.some((s) => choice.sources.has(s)) &&
      (choice.areas === null || choice.areas.has(c.question.area)) &&
      (choice.includeCases || partKindOf(c.question) === 'choice'),
  );
}

/** `count` of the matching questions, drawn by a seeded shuffle (all of them when fewer match). */
export function pickStudyQuestions(
  candidates: readonly StudyCandidate[],
  count: number,
  seed: number,
): Question[] {
  return seededSample(candidates, Math.max(0, Math.floor(count)), seededRandom(seed)).map((c) => c.question);
}

export const STUDY_FORMAT_ID = 'study';

function blueprintOf(questions: readonly Question[]): FormatPart['blueprint'] {
  const counts = new Map<AreaId, number>();
  for (const q of questions) counts.set(q.area, (counts.get(q.area) ?? 0) + 1);
  return [...counts].map(([area, count]) => ({ area, count }));
}

/**
 * A format made for one study quiz, kept only in the attempt's snapshot: a choice part whose
 * blueprint is the chosen questions' areas, and a case part when cases are among them.
 */
export function studyFormat(questions: readonly Question[], minutes: number, passPercent = 70): ExamFormat {
  const choice = questions.filter((q) => partKindOf(q) === 'choice');
  const cases = questions.filter((q) => partKindOf(q) === 'case');
  const parts: FormatPart[] = [];
  if (choice.length > 0) {
    parts.push({ id: 'choice', kind: 'choice', title: 'Multiple choice', blueprint: blueprintOf(choice) });
  }
  if (cases.length > 0) {
    parts.push({ id: 'cases', kind: 'case', title: 'Coding cases', blueprint: blueprintOf(cases) });
  }
  return {
    id: STUDY_FORMAT_ID,
    code: 'Study quiz',
    name: 'Study quiz from past attempts',
    body: 'This app',
    summary: `${questions.length} questions chosen from your past attempts and banks.`,
    parts,
    timing: { kind: 'timed', minutes: Math.max(1, Math.round(minutes)) },
    passPercent,
    openBook: false,
    catalog: {
      prices: [],
      feeNote: '',
      membershipRequired: false,
      retakes: null,
      retakeNote: '',
      eligibility: '',
      allowedReferences: 'As you choose: a study quiz.',
      extras: [],
    },
    assumptions: ['A practice quiz built from your own history; it is not an exam format.'],
    blueprintNote: 'The chosen questions, by area.',
    source: { label: 'Built from your history', date: '' },
    origin: 'custom',
  };
}
