import type { Timing } from './formats';
import { addCalendarDays, DAY, HOUR, MINUTE } from './time';

export const ACCOMMODATIONS = [1, 1.25, 1.5, 2] as const;
export type Accommodation = (typeof ACCOMMODATIONS)[number];

/** A backwards move of the wall clock seen during an attempt. */
export interface ClockJump {
  readonly seenAt: number;
  readonly previous: number;
}

/**
 * The clock of one attempt. Time left is always `deadline - now` (never a count of ticks), and
 * `now` is never taken as earlier than the latest time already seen, so a clock set back cannot
 * give time back.
 */
export interface ClockState {
  readonly startedAt: number;
  readonly deadline: number;
  readonly pausedAt: number | null;
  readonly pausedMs: number;
  readonly lastSeenAt: number;
  readonly jumps: readonly ClockJump[];
}

/** Clock noise smaller than this is not recorded as a jump. */
const JUMP_TOLERANCE_MS = 2000;

export function isAccommodation(value: number): value is Accommodation {
  return (ACCOMMODATIONS as readonly number[]).includes(value);
}

/**
 * Fixed at start: start + limit x accommodation for timed formats; for windows the same wall-clock
 * time N calendar days later in the candidate's zone (accommodations extend timed exams only).
 */
export function deadlineFor(
  timing: Timing,
  startedAt: number,
  factor: Accommodation,
  timeZone: string,
): number {
  switch (timing.kind) {
    case 'timed':
      return startedAt + Math.round(timing.minutes * MINUTE * factor);
    case 'window':
      return addCalendarDays(startedAt, timing.days, timeZone);
  }
}

export function startClock(timing: Timing, now: number, factor: Accommodation, timeZone: string): ClockState {
  return {
    startedAt: now,
    deadline: deadlineFor(timing, now, factor, timeZone),
    pausedAt: null,
    pausedMs: 0,
    lastSeenAt: now,
    jumps: [],
  };
}

export function effectiveNow(clock: ClockState, now: number): number {
  return Math.max(now, clock.lastSeenAt);
}

/** Records what the wall clock says; a backwards move is kept as a jump and never moves the deadline. */
export function observe(clock: ClockState, now: number): ClockState {
  if (now >= clock.lastSeenAt) return now === clock.lastSeenAt ? clock : { ...clock, lastSeenAt: now };
  if (clock.lastSeenAt - now < JUMP_TOLERANCE_MS) return clock;
  return { ...clock, jumps: [...clock.jumps, { seenAt: now, previous: clock.lastSeenAt }] };
}

export function remainingMs(clock: ClockState, now: number): number {
  const at = clock.pausedAt ?? effectiveNow(clock, now);
  return Math.max(0, clock.deadline - at);
}

/** Time spent answering: paused time excluded, capped at the deadline. */
export function elapsedMs(clock: ClockState, now: number): number {
  const at = Math.min(clock.pausedAt ?? effectiveNow(clock, now), clock.deadline);
  return Math.max(0, at - clock.startedAt - clock.pausedMs);
}

/** Past the deadline means strictly later: an answer saved exactly at the deadline counts. */
export function isPastDeadline(clock: ClockState, now: number): boolean {
  return clock.pausedAt === null && effectiveNow(clock, now) > clock.deadline;
}

export function pauseClock(clock: ClockState, now: number): ClockState {
  if (clock.pausedAt !== null) return clock;
  const at = effectiveNow(clock, now);
  return { ...clock, pausedAt: at, lastSeenAt: at };
}

/** The deadline moves by exactly the paused time. */
export function resumeClock(clock: ClockState, now: number): ClockState {
  if (clock.pausedAt === null) return clock;
  const at = effectiveNow(clock, now);
  const paused = Math.max(0, at - clock.pausedAt);
  return {
    ...clock,
    pausedAt: null,
    pausedMs: clock.pausedMs + paused,
    deadline: clock.deadline + paused,
    lastSeenAt: at,
  };
}

/** Warnings, largest first: 30 and 5 minutes for timed exams, 24 h and 1 h for windows. */
export function warningThresholds(timing: Timing): readonly number[] {
  return timing.kind === 'timed' ? [30 * MINUTE, 5 * MINUTE] : [DAY, HOUR];
}

/** Thresholds reached and not yet shown; none once time is up. */
export function warningsDue(timing: Timing, remaining: number, shown: readonly number[]): number[] {
  if (remaining <= 0) return [];
  return warningThresholds(timing).filter((t) => remaining <= t && !shown.includes(t));
}

/** A hidden timer comes back for the last stretch (the smallest warning). */
export function timerMustShow(timing: Timing, remaining: number): boolean {
  const thresholds = warningThresholds(timing);
  return remaining <= (thresholds[thresholds.length - 1] ?? 0);
}

export interface Pace {
  readonly expected: number;
  readonly answered: number;
  /** Positive: ahead of an even pace; negative: behind. */
  readonly difference: number;
}

/** Answered so far against an even pace through the time allowed. */
export function pace(clock: ClockState, now: number, questionCount: number, answered: number): Pace {
  const allowed = clock.deadline - clock.startedAt - clock.pausedMs;
  const fraction = allowed > 0 ? Math.min(1, elapsedMs(clock, now) / allowed) : 1;
  const expected = Math.floor(questionCount * fraction);
  return { expected, answered, difference: answered - expected };
}
