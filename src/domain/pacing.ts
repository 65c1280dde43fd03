import { assertNever } from './assert';
import type { Accommodation } from './clock';
import type { ExamFormat, FormatPart } from './formats';
import { partQuestionCount } from './formats';
import { formatMinutes, MINUTE } from './time';

// An even pace through an exam: how long each question may take and where the candidate should be
// at checkpoints. Accommodations stretch timed exams only, as the clock does (see deadlineFor).

/**
 * An assumption, shown on screen: a coding case asks for 5-15 codes read from one record, so it
 * takes far longer than a multiple-choice question. It is weighted as 5 questions, the low end,
 * since each further code is a short look-up once the record has been read.
 */
export const CASE_WEIGHT = 5;

export const CASE_WEIGHT_RULE = `Assumption: a coding case counts as ${CASE_WEIGHT} multiple-choice questions of time. A case asks for 5-15 codes from one medical record; ${CASE_WEIGHT}, the low end, allows for reading the record once and looking each code up quickly.`;

export type Position =
  | { readonly kind: 'question'; readonly number: number }
  | { readonly kind: 'case'; readonly number: number };

export interface Checkpoint {
  readonly atMinutes: number;
  readonly position: Position;
  /** The end of the time allowed. */
  readonly final: boolean;
}

export interface DayCheckpoint {
  readonly day: number;
  readonly position: Position;
  readonly final: boolean;
}

export type PacingPlan =
  | {
      readonly kind: 'timed';
      readonly minutes: number;
      readonly factor: Accommodation;
      readonly questions: number;
      readonly cases: number;
      readonly perQuestionMs: number;
      /** null when the format has no cases. */
      readonly perCaseMs: number | null;
      readonly checkpoints: readonly Checkpoint[];
    }
  | {
      readonly kind: 'window';
      readonly days: number;
      readonly questions: number;
      readonly cases: number;
      /** Weighted questions per day (a case counts CASE_WEIGHT). */
      readonly perDay: number;
      readonly checkpoints: readonly DayCheckpoint[];
    };

const weight = (part: FormatPart): number => (part.kind === 'case' ? CASE_WEIGHT : 1);

const countOf = (format: ExamFormat, kind: FormatPart['kind']): number =>
  format.parts.filter((p) => p.kind === kind).reduce((sum, p) => sum + partQuestionCount(p), 0);

/** Total work in question-equivalents. */
export function weightedUnits(format: ExamFormat): number {
  return format.parts.reduce((sum, p) => sum + partQuestionCount(p) * weight(p), 0);
}

/**
 * Where an even pace puts the candidate after `units` question-equivalents, parts taken in order.
 * "Near question N" is rounded, and never 0 once a part has begun.
 */
export function positionAfter(format: ExamFormat, units: number): Position {
  let left = units;
  let last: Position = { kind: 'question', number: 0 };
  for (const part of format.parts) {
    const count = partQuestionCount(part);
    if (count === 0) continue;
    const span = count * weight(part);
    const kind = part.kind === 'case' ? 'case' : 'question';
    if (left <= span + 1e-9) {
      return { kind, number: Math.min(count, Math.max(1, Math.round(left / weight(part)))) };
    }
    // Each part is numbered from 1 (question 1-60, then case 1-10), as the exam lists them.
    last = { kind, number: count };
    left -= span;
  }
  return last;
}

/** Checkpoints every hour or so: hourly up to 6 h, then every 90 or 120 minutes, so about six in all. */
export function checkpointInterval(totalMinutes: number): number {
  return Math.max(60, Math.ceil(totalMinutes / 6 / 30) * 30);
}

export function planPacing(format: ExamFormat, factor: Accommodation): PacingPlan {
  const units = weightedUnits(format);
  const questions = countOf(format, 'choice');
  const cases = countOf(format, 'case');
  const timing = format.timing;
  switch (timing.kind) {
    case 'timed': {
      const minutes = timing.minutes * factor;
      const perUnitMs = units > 0 ? (minutes * MINUTE) / units : 0;
      return {
        kind: 'timed',
        minutes,
        factor,
        questions,
        cases,
        perQuestionMs: perUnitMs,
        perCaseMs: cases > 0 ? perUnitMs * CASE_WEIGHT : null,
        checkpoints: units > 0 ? timedCheckpoints(format, minutes, units) : [],
      };
    }
    case 'window': {
      const days = timing.days;
      const perDay = days > 0 ? units / days : 0;
      const checkpoints = Array.from({ length: units > 0 ? days : 0 }, (_, i) => ({
        day: i + 1,
        position: positionAfter(format, perDay * (i + 1)),
        final: i + 1 === days,
      }));
      return { kind: 'window', days, questions, cases, perDay, checkpoints };
    }
    default:
      return assertNever(timing, 'timing');
  }
}

function timedCheckpoints(format: ExamFormat, minutes: number, units: number): Checkpoint[] {
  const step = checkpointInterval(minutes);
  const marks: number[] = [];
  for (let at = step; at < minutes; at += step) marks.push(at);
  marks.push(minutes);
  return marks.map((at) => ({
    atMinutes: at,
    position: positionAfter(format, (units * at) / minutes),
    final: at === minutes,
  }));
}

/** `question 40`, `case 3`. */
export function describePosition(position: Position): string {
  switch (position.kind) {
    case 'question':
      return `question ${position.number}`;
    case 'case':
      return `case ${position.number}`;
    default:
      return assertNever(position, 'position');
  }
}

/** `By 1 h 30 min you should be near question 40`. */
export function describeCheckpoint(checkpoint: Checkpoint): string {
  const at = formatMinutes(checkpoint.atMinutes);
  return checkpoint.final
    ? `By ${at} time is up: aim to have reached ${describePosition(checkpoint.position)}, the last one`
    : `By ${at} you should be near ${describePosition(checkpoint.position)}`;
}

/** `By the end of day 3 you should be near question 30`. */
export function describeDayCheckpoint(checkpoint: DayCheckpoint): string {
  return checkpoint.final
    ? `By the end of day ${checkpoint.day} the window closes: aim to have reached ${describePosition(checkpoint.position)}, the last one`
    : `By the end of day ${checkpoint.day} you should be near ${describePosition(checkpoint.position)}`;
}
