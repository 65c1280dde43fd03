import { areaLabel } from './areas';
import type { Answer, Response } from './attempt';
import type { ClockState } from './clock';
import type { Form } from './form';
import type { ExamFormat } from './formats';
import { type CaseQuestion, type Question, type QuestionKey, questionKey } from './questions';
import type { CaseMarks, ItemScore, Score, Tally } from './scoring';
import { DAY, HOUR, MINUTE, SECOND } from './time';

// What a score report and an answer review show, computed from a finished attempt's frozen form,
// its saved responses and its stored score. Nothing here rescores.

export interface BreakdownRow {
  readonly id: string;
  readonly label: string;
  readonly questions: number;
  readonly earned: number;
  readonly possible: number;
  readonly percent: number;
}

function rowOf(tally: Tally, label: string): BreakdownRow {
  return {
    id: tally.id,
    label,
    questions: tally.questions,
    earned: tally.earned,
    possible: tally.possible,
    percent: tally.percent,
  };
}

/** The score by part, in the format's part order, each named by its title. */
export function partRows(score: Score, format: ExamFormat): BreakdownRow[] {
  const order = new Map(format.parts.map((p, i) => [p.id, i]));
  const titles = new Map(format.parts.map((p) => [p.id, p.title]));
  return [...score.byPart]
    .sort((a, b) => (order.get(a.id) ?? order.size) - (order.get(b.id) ?? order.size))
    .map((t) => rowOf(t, titles.get(t.id) ?? t.id));
}

/** The score by area of knowledge, in the order the form met them. */
export function areaRows(score: Score): BreakdownRow[] {
  return score.byArea.map((t) => rowOf(t, areaLabel(t.id)));
}

export interface Totals {
  readonly questions: number;
  readonly earned: number;
  readonly possible: number;
  readonly percent: number;
}

export function totalsOf(rows: readonly BreakdownRow[]): Totals {
  const questions = rows.reduce((n, r) => n + r.questions, 0);
  const earned = rows.reduce((n, r) => n + r.earned, 0);
  const possible = rows.reduce((n, r) => n + r.possible, 0);
  return { questions, earned, possible, percent: possible > 0 ? (earned / possible) * 100 : 0 };
}

/** `45.3%`: one decimal, none when whole. */
export function formatPercent(percent: number): string {
  return `${(Math.round(percent * 10) / 10).toString()}%`;
}

/** `42 min`, `1 h 5 min`, `3 days 2 h`, `40 s`, `under 1 s`: a duration at the precision a reader needs. */
export function formatDuration(ms: number): string {
  if (ms > 0 && ms < 500) return 'under 1 s';
  const whole = Math.max(0, Math.round(ms / SECOND)) * SECOND;
  if (whole < MINUTE) return `${whole / SECOND} s`;
  if (whole >= DAY) {
    const days = Math.floor(whole / DAY);
    const hours = Math.floor((whole % DAY) / HOUR);
    const dayText = `${days} ${days === 1 ? 'day' : 'days'}`;
    return hours > 0 ? `${dayText} ${hours} h` : dayText;
  }
  const minutes = Math.floor(whole / MINUTE);
  if (minutes < 10) {
    const seconds = Math.floor((whole % MINUTE) / SECOND);
    return seconds > 0 ? `${minutes} min ${seconds} s` : `${minutes} min`;
  }
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

export interface PacePoint {
  /** Time since the start (wall clock, pauses included). */
  readonly atMs: number;
  readonly answered: number;
}

export interface PaceReport {
  readonly questionCount: number;
  /** From start to deadline on the wall clock: the even pace spreads the questions over this. */
  readonly spanMs: number;
  /** From start to finish on the wall clock: the chart's end. */
  readonly endMs: number;
  /** Time spent, pauses excluded. */
  readonly usedMs: number;
  readonly allowedMs: number;
  readonly pausedMs: number;
  readonly answered: number;
  readonly perAnsweredMs: number | null;
  readonly allowedPerQuestionMs: number;
  /** Answers counted so far, one step per answer saved in time. */
  readonly steps: readonly PacePoint[];
  /** When the even pace first asked for a question not yet answered. */
  readonly fellBehind: { readonly atMs: number; readonly question: number } | null;
  readonly furthestBehind: { readonly atMs: number; readonly by: number } | null;
  /** The first answer after falling behind that brought the count back to the even pace. */
  readonly caughtUpAtMs: number | null;
  /** Questions short of the even pace when the attempt ended. */
  readonly behindAtEnd: number;
}

/**
 * Answered count against an even pace (the questions spread evenly from start to deadline).
 * Each answer counts at its saved time, which is the time of its last change. O(questions).
 */
export function paceReport(
  form: Form,
  responses: Readonly<Record<QuestionKey, Response>>,
  clock: ClockState,
  finishedAt: number,
): PaceReport {
  const n = form.items.length;
  const spanMs = Math.max(1, clock.deadline - clock.startedAt);
  const endMs = Math.max(0, Math.min(finishedAt, clock.deadline) - clock.startedAt);
  const times = form.items
    .map((item) => responses[questionKey(item.question)])
    .flatMap((r) =>
      r?.answer != null && r.answeredAt !== null && r.answeredAt <= clock.deadline
        ? [Math.max(0, r.answeredAt - clock.startedAt)]
        : [],
    )
    .sort((a, b) => a - b);
  const steps = times.map((atMs, i) => ({ atMs, answered: i + 1 }));
  const dueAt = (k: number) => (k * spanMs) / n;
  const dueBy = (t: number) => (n > 0 ? Math.min(n, Math.floor((t * n) / spanMs + 1e-9)) : 0);

  let fellBehind: PaceReport['fellBehind'] = null;
  let furthestBehind: PaceReport['furthestBehind'] = null;
  let answeredBy = 0;
  for (let k = 1; k <= n && dueAt(k) <= endMs; k++) {
    const due = dueAt(k);
    while (answeredBy < times.length && (times[answeredBy] ?? Infinity) <= due) answeredBy++;
    const by = k - answeredBy;
    if (by > 0 && fellBehind === null) fellBehind = { atMs: due, question: k };
    if (by > 0 && (furthestBehind === null || by > furthestBehind.by)) furthestBehind = { atMs: due, by };
  }
  let caughtUpAtMs: number | null = null;
  if (fellBehind !== null) {
    const from = fellBehind.atMs;
    const step = steps.find((s) => s.atMs > from && s.answered >= dueBy(s.atMs));
    caughtUpAtMs = step ? step.atMs : null;
  }
  const answeredAtEnd = times.filter((t) => t <= endMs).length;
  const allowedMs = Math.max(0, spanMs - clock.pausedMs);
  const usedMs = Math.max(0, Math.min(endMs - clock.pausedMs, allowedMs));
  return {
    questionCount: n,
    spanMs,
    endMs,
    usedMs,
    allowedMs,
    pausedMs: clock.pausedMs,
    answered: times.length,
    perAnsweredMs: times.length > 0 ? usedMs / times.length : null,
    allowedPerQuestionMs: n > 0 ? allowedMs / n : 0,
    steps,
    fellBehind,
    furthestBehind,
    caughtUpAtMs,
    behindAtEnd: Math.max(0, dueBy(endMs) - answeredAtEnd),
  };
}

const questionsText = (n: number) => `${n} ${n === 1 ? 'question' : 'questions'}`;

/** One or two plain sentences naming when the candidate fell behind, if ever. */
export function describePace(pace: PaceReport): string {
  if (pace.answered === 0) return 'No answers were saved, so there is no pace to show.';
  if (pace.fellBehind === null) {
    return `You stayed level with or ahead of an even pace throughout (${questionsText(pace.answered)} answered in ${formatDuration(pace.endMs)}).`;
  }
  const first = `You fell behind an even pace ${formatDuration(pace.fellBehind.atMs)} in, when question ${pace.fellBehind.question} was due.`;
  const worst = pace.furthestBehind
    ? ` You were furthest behind, by ${questionsText(pace.furthestBehind.by)}, at ${formatDuration(pace.furthestBehind.atMs)}`
    : '';
  const end =
    pace.caughtUpAtMs !== null && pace.behindAtEnd === 0
      ? `, and caught up at ${formatDuration(pace.caughtUpAtMs)}.`
      : pace.behindAtEnd > 0
        ? `, and ended ${questionsText(pace.behindAtEnd)} behind.`
        : '.';
  return `${first}${worst}${end}`;
}

export interface CaseResult {
  /** Position in the form, from 0. */
  readonly index: number;
  readonly question: CaseQuestion;
  readonly marks: CaseMarks;
  readonly earned: number;
  readonly possible: number;
}

/** Each coding case with its expected codes marked and the extra codes entered. */
export function caseResults(form: Form, score: Score): CaseResult[] {
  const items = itemsByKey(score);
  return form.items.flatMap(({ question }, index) => {
    if (question.type !== 'case') return [];
    const item = items.get(questionKey(question));
    if (!item?.caseMarks) return [];
    return [{ index, question, marks: item.caseMarks, earned: item.earned, possible: item.possible }];
  });
}

function itemsByKey(score: Score): Map<QuestionKey, ItemScore> {
  return new Map(score.items.map((i) => [i.question, i]));
}

export type ReviewFilter = 'all' | 'incorrect' | 'unanswered' | 'flagged';
export const REVIEW_FILTERS: readonly ReviewFilter[] = ['all', 'incorrect', 'unanswered', 'flagged'];

export type Outcome = 'correct' | 'incorrect' | 'unanswered';

export interface ReviewEntry {
  readonly index: number;
  readonly key: QuestionKey;
  readonly partId: string;
  readonly question: Question;
  /** The answer that counted: one saved after the deadline shows as unanswered. */
  readonly answer: Answer | null;
  readonly outcome: Outcome;
  readonly flagged: boolean;
  readonly note: string;
  readonly earned: number;
  readonly possible: number;
  readonly caseMarks: CaseMarks | null;
}

/** Every question of the form with what the candidate answered and how it scored. */
export function reviewEntries(
  form: Form,
  responses: Readonly<Record<QuestionKey, Response>>,
  score: Score,
): ReviewEntry[] {
  const items = itemsByKey(score);
  return form.items.map(({ question, partId }, index) => {
    const key = questionKey(question);
    const item = items.get(key);
    const response = responses[key];
    const answered = item?.answered ?? false;
    return {
      index,
      key,
      partId,
      question,
      answer: answered ? (response?.answer ?? null) : null,
      outcome: !answered ? 'unanswered' : item?.correct ? 'correct' : 'incorrect',
      flagged: response?.flagged ?? false,
      note: response?.note ?? '',
      earned: item?.earned ?? 0,
      possible: item?.possible ?? 0,
      caseMarks: item?.caseMarks ?? null,
    };
  });
}

/** Incorrect means answered and not worth full marks (a case with a code missing counts). */
export function matchesReview(entry: ReviewEntry, filter: ReviewFilter, area: string | null): boolean {
  if (area !== null && entry.question.area !== area) return false;
  switch (filter) {
    case 'all':
      return true;
    case 'incorrect':
      return entry.outcome === 'incorrect';
    case 'unanswered':
      return entry.outcome === 'unanswered';
    case 'flagged':
      return entry.flagged;
  }
}

export function filterReview(
  entries: readonly ReviewEntry[],
  filter: ReviewFilter,
  area: string | null,
): ReviewEntry[] {
  return entries.filter((e) => matchesReview(e, filter, area));
}
