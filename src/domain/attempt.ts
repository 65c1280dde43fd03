import { assertNever } from './assert';
import {
  type Accommodation,
  type ClockState,
  effectiveNow,
  isPastDeadline,
  observe,
  pauseClock,
  resumeClock,
  startClock,
} from './clock';
import type { Form } from './form';
import type { ExamFormat } from './formats';
import { type QuestionKey, questionKey } from './questions';

export type Mode = 'exam' | 'practice';
export type AttemptStatus = 'in-progress' | 'submitted' | 'expired';

export type Answer =
  | { readonly type: 'single'; readonly choice: string }
  | { readonly type: 'multiple'; readonly choices: readonly string[] }
  | { readonly type: 'short'; readonly text: string }
  | { readonly type: 'case'; readonly codes: readonly string[] };

export interface Response {
  readonly answer: Answer | null;
  /** When the answer was saved; answers saved after the deadline never count. */
  readonly answeredAt: number | null;
  readonly flagged: boolean;
  /** Choices the candidate has ruled out. */
  readonly struck: readonly string[];
  readonly note: string;
}

export const EMPTY_RESPONSE: Response = {
  answer: null,
  answeredAt: null,
  flagged: false,
  struck: [],
  note: '',
};

export interface Attempt {
  readonly id: string;
  /** A copy of the format as it was at start. */
  readonly format: ExamFormat;
  readonly mode: Mode;
  readonly form: Form;
  readonly accommodation: Accommodation;
  readonly timeZone: string;
  readonly clock: ClockState;
  readonly status: AttemptStatus;
  readonly finishedAt: number | null;
  readonly position: number;
  readonly responses: Readonly<Record<QuestionKey, Response>>;
  readonly warningsShown: readonly number[];
}

export type AttemptEvent =
  | { readonly type: 'answer'; readonly question: QuestionKey; readonly answer: Answer | null }
  | { readonly type: 'flag'; readonly question: QuestionKey; readonly flagged: boolean }
  | {
      readonly type: 'strike';
      readonly question: QuestionKey;
      readonly choice: string;
      readonly struck: boolean;
    }
  | { readonly type: 'note'; readonly question: QuestionKey; readonly text: string }
  | { readonly type: 'navigate'; readonly position: number }
  | { readonly type: 'pause' }
  | { readonly type: 'resume' }
  | { readonly type: 'warning-shown'; readonly threshold: number }
  | { readonly type: 'submit' }
  /** The app looked at the clock: records jumps and finishes an attempt whose time is up. */
  | { readonly type: 'observe-clock' };

export type Refusal =
  | 'finished'
  | 'time-up'
  | 'paused'
  | 'no-pause-in-exam-mode'
  | 'not-paused'
  | 'unknown-question'
  | 'bad-position';

export interface StartOptions {
  readonly id: string;
  readonly format: ExamFormat;
  readonly mode: Mode;
  readonly form: Form;
  readonly accommodation: Accommodation;
  readonly timeZone: string;
  readonly now: number;
}

export function startAttempt(o: StartOptions): Attempt {
  return {
    id: o.id,
    format: o.format,
    mode: o.mode,
    form: o.form,
    accommodation: o.accommodation,
    timeZone: o.timeZone,
    clock: startClock(o.format.timing, o.now, o.accommodation, o.timeZone),
    status: 'in-progress',
    finishedAt: null,
    position: 0,
    responses: {},
    warningsShown: [],
  };
}

export function isFinished(attempt: Attempt): boolean {
  return attempt.status !== 'in-progress';
}

export function responseOf(attempt: Attempt, key: QuestionKey): Response {
  return attempt.responses[key] ?? EMPTY_RESPONSE;
}

function hasQuestion(attempt: Attempt, key: QuestionKey): boolean {
  return attempt.form.items.some((item) => questionKey(item.question) === key);
}

/** Why an event cannot change the attempt now, or null when it can. */
export function refusalOf(attempt: Attempt, event: AttemptEvent, now: number): Refusal | null {
  if (isFinished(attempt)) return 'finished';
  if (event.type === 'observe-clock') return null;
  if (isPastDeadline(attempt.clock, now)) return 'time-up';
  const paused = attempt.clock.pausedAt !== null;
  switch (event.type) {
    case 'answer':
    case 'flag':
    case 'strike':
    case 'note':
      if (paused) return 'paused';
      return hasQuestion(attempt, event.question) ? null : 'unknown-question';
    case 'navigate':
      if (paused) return 'paused';
      return Number.isInteger(event.position) &&
        event.position >= 0 &&
        event.position < attempt.form.items.length
        ? null
        : 'bad-position';
    case 'pause':
      if (attempt.mode === 'exam') return 'no-pause-in-exam-mode';
      return paused ? 'paused' : null;
    case 'resume':
      return paused ? null : 'not-paused';
    case 'warning-shown':
    case 'submit':
      return null;
    default:
      return assertNever(event, 'attempt event');
  }
}

function withResponse(attempt: Attempt, key: QuestionKey, change: Partial<Response>): Attempt {
  return {
    ...attempt,
    responses: { ...attempt.responses, [key]: { ...responseOf(attempt, key), ...change } },
  };
}

function struckAfter(current: readonly string[], choice: string, struck: boolean): readonly string[] {
  const without = current.filter((c) => c !== choice);
  return struck ? [...without, choice] : without;
}

/**
 * The one way an attempt changes. Any event seen after the deadline first finishes the attempt
 * (expired at its deadline) and is then ignored; a refused event leaves the attempt as it was.
 */
export function applyEvent(attempt: Attempt, event: AttemptEvent, now: number): Attempt {
  if (isFinished(attempt)) return attempt;
  const observed: Attempt = { ...attempt, clock: observe(attempt.clock, now) };
  if (isPastDeadline(observed.clock, now)) {
    return { ...observed, status: 'expired', finishedAt: observed.clock.deadline };
  }
  if (refusalOf(observed, event, now) !== null) return observed;
  const at = effectiveNow(observed.clock, now);
  switch (event.type) {
    case 'answer':
      return withResponse(observed, event.question, {
        answer: event.answer,
        answeredAt: event.answer ? at : null,
      });
    case 'flag':
      return withResponse(observed, event.question, { flagged: event.flagged });
    case 'strike':
      return withResponse(observed, event.question, {
        struck: struckAfter(responseOf(observed, event.question).struck, event.choice, event.struck),
      });
    case 'note':
      return withResponse(observed, event.question, { note: event.text });
    case 'navigate':
      return { ...observed, position: event.position };
    case 'pause':
      return { ...observed, clock: pauseClock(observed.clock, now) };
    case 'resume':
      return { ...observed, clock: resumeClock(observed.clock, now) };
    case 'warning-shown':
      return observed.warningsShown.includes(event.threshold)
        ? observed
        : { ...observed, warningsShown: [...observed.warningsShown, event.threshold] };
    case 'submit':
      return { ...observed, status: 'submitted', finishedAt: at };
    case 'observe-clock':
      return observed;
    default:
      return assertNever(event, 'attempt event');
  }
}

export function answeredCount(attempt: Attempt): number {
  return attempt.form.items.filter((item) => responseOf(attempt, questionKey(item.question)).answer !== null)
    .length;
}

/** The choices an answer picks: one, several, or none for other kinds of answer. */
export function chosenChoices(answer: Answer | null): readonly string[] {
  if (answer?.type === 'single') return [answer.choice];
  if (answer?.type === 'multiple') return answer.choices;
  return [];
}
