import type { Attempt, AttemptStatus, Response } from '../domain/attempt';
import type { ClockState } from '../domain/clock';
import type { Score } from '../domain/scoring';
import { type AttemptRow, db, type ResponseRow } from './db';

export async function createAttempt(attempt: Attempt, bankIds: readonly string[]): Promise<void> {
  const row: AttemptRow = {
    id: attempt.id,
    formatId: attempt.format.id,
    format: attempt.format,
    mode: attempt.mode,
    form: attempt.form,
    accommodation: attempt.accommodation,
    timeZone: attempt.timeZone,
    clock: attempt.clock,
    status: attempt.status,
    startedAt: attempt.clock.startedAt,
    finishedAt: attempt.finishedAt,
    position: attempt.position,
    warningsShown: [...attempt.warningsShown],
    bankIds: [...bankIds],
    score: null,
  };
  await db.attempts.add(row);
}

export function attemptFromRows(row: AttemptRow, responses: readonly ResponseRow[]): Attempt {
  const byQuestion: Record<string, Response> = {};
  // The latest time this attempt has seen, rebuilt from its answers: a clock set back while the
  // tab was closed cannot give time back.
  let lastSeenAt = row.clock.lastSeenAt;
  for (const r of responses) {
    if (r.answeredAt !== null && r.answeredAt > lastSeenAt) lastSeenAt = r.answeredAt;
    byQuestion[r.question] = {
      answer: r.answer,
      answeredAt: r.answeredAt,
      flagged: r.flagged,
      struck: r.struck,
      note: r.note,
    };
  }
  return {
    id: row.id,
    format: row.format,
    mode: row.mode,
    form: row.form,
    accommodation: row.accommodation,
    timeZone: row.timeZone,
    clock: { ...row.clock, lastSeenAt },
    status: row.status,
    finishedAt: row.finishedAt,
    position: row.position,
    responses: byQuestion,
    warningsShown: row.warningsShown,
  };
}

export async function loadAttempt(id: string): Promise<{ attempt: Attempt; row: AttemptRow } | null> {
  return db.transaction('r', db.attempts, db.responses, async () => {
    const row = await db.attempts.get(id);
    if (!row) return null;
    const responses = await db.responses.where('attemptId').equals(id).toArray();
    return { attempt: attemptFromRows(row, responses), row };
  });
}

/** One question's response, written on its own: the attempt row is not touched. */
export async function saveResponse(attemptId: string, question: string, response: Response): Promise<void> {
  await db.responses.put({ attemptId, question, ...response, struck: [...response.struck] });
}

export async function savePosition(attemptId: string, position: number): Promise<void> {
  await db.attempts.update(attemptId, { position });
}

export async function saveClock(
  attemptId: string,
  clock: ClockState,
  warningsShown: readonly number[],
): Promise<void> {
  await db.attempts.update(attemptId, { clock, warningsShown: [...warningsShown] });
}

export async function finishAttempt(
  attemptId: string,
  status: AttemptStatus,
  finishedAt: number,
  clock: ClockState,
  score: Score,
): Promise<void> {
  await db.attempts.update(attemptId, { status, finishedAt, clock, score });
}

export function inProgressAttempts(): Promise<AttemptRow[]> {
  return db.attempts.where('status').equals('in-progress').toArray();
}
