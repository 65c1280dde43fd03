import type { Attempt, AttemptStatus, Mode, Response } from '../domain/attempt';
import type { ClockState } from '../domain/clock';
import {
  formatLabel,
  type HistoryEntry,
  historyEntryOf,
  recordSitting,
  type StudyLedger,
} from '../domain/history';
import { type QuestionKey, questionKey } from '../domain/questions';
import type { Score } from '../domain/scoring';
import { type AttemptRow, db, type ResponseRow } from './db';

/** The stored row of an attempt: everything but its responses, which are rows of their own. */
export function attemptRow(attempt: Attempt, bankIds: readonly string[], score: Score | null): AttemptRow {
  return {
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
    score,
  };
}

export async function createAttempt(attempt: Attempt, bankIds: readonly string[]): Promise<void> {
  await db.attempts.add(attemptRow(attempt, bankIds, null));
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

/**
 * The question shown is kept as a small row of its own (in settings), not in the attempt row: the
 * attempt row holds the whole frozen form, and rewriting it on every move was the slowest write.
 */
const positionKey = (attemptId: string) => `position:${attemptId}`;

export async function loadAttempt(id: string): Promise<{ attempt: Attempt; row: AttemptRow } | null> {
  return db.transaction('r', db.attempts, db.responses, db.settings, async () => {
    const row = await db.attempts.get(id);
    if (!row) return null;
    const responses = await db.responses.where('attemptId').equals(id).toArray();
    const saved = (await db.settings.get(positionKey(id)))?.value;
    const attempt = attemptFromRows(row, responses);
    const position =
      typeof saved === 'number' && saved >= 0 && saved < attempt.form.items.length ? saved : attempt.position;
    return { attempt: { ...attempt, position }, row };
  });
}

/** One question's response, written on its own: the attempt row is not touched. */
export async function saveResponse(attemptId: string, question: string, response: Response): Promise<void> {
  await db.responses.put({ attemptId, question, ...response, struck: [...response.struck] });
}

export async function savePosition(attemptId: string, position: number): Promise<void> {
  await db.settings.put({ key: positionKey(attemptId), value: position });
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

// ---------------------------------------------------------------------------------------------
// History queries. A stored attempt carries its whole frozen form (hundreds of kilobytes), so
// history reads the indexes for its list and loads whole rows only for the few it shows.

/** A finished attempt as its indexes describe it: read without loading any row. */
export interface HistoryKey {
  readonly id: string;
  readonly formatId: string;
  readonly mode: Mode;
  readonly status: Exclude<AttemptStatus, 'in-progress'>;
}

/**
 * Every finished attempt, newest first, from the indexes alone: the finishedAt index gives the
 * order, [formatId+mode] each attempt's format and mode, status the few that ran out of time.
 * Each read is a getAllKeys of primary keys (no key cursor, no row), a few per format.
 */
export async function historyIndex(): Promise<HistoryKey[]> {
  return db.transaction('r', db.attempts, async () => {
    const [ids, formatIds, expired] = await Promise.all([
      db.attempts.orderBy('finishedAt').reverse().primaryKeys(),
      db.attempts.orderBy('formatId').uniqueKeys(),
      db.attempts.where('status').equals('expired').primaryKeys(),
    ]);
    const formatMode = new Map<string, readonly [string, Mode]>();
    await Promise.all(
      formatIds.flatMap((formatId) =>
        (['exam', 'practice'] as const).map(async (mode) => {
          if (typeof formatId !== 'string') return;
          const keys = await db.attempts.where('[formatId+mode]').equals([formatId, mode]).primaryKeys();
          for (const id of keys) formatMode.set(String(id), [formatId, mode]);
        }),
      ),
    );
    const expiredIds = new Set(expired.map(String));
    const out: HistoryKey[] = [];
    for (const rawId of ids) {
      const id = String(rawId);
      const fm = formatMode.get(id);
      if (fm)
        out.push({ id, formatId: fm[0], mode: fm[1], status: expiredIds.has(id) ? 'expired' : 'submitted' });
    }
    return out;
  });
}

/** Summaries of these finished attempts (rows are read and dropped; forms are not kept). */
export async function historyEntries(ids: readonly string[]): Promise<HistoryEntry[]> {
  if (ids.length === 0) return [];
  const rows = await db.attempts.bulkGet([...ids]);
  return rows.flatMap((row) => {
    const entry = row ? historyEntryOf(row) : null;
    return entry ? [entry] : [];
  });
}

/** Summaries of every finished attempt that passes `keep`, one row at a time, oldest first. */
export async function allHistoryEntries(keep: (id: string) => boolean): Promise<HistoryEntry[]> {
  const out: HistoryEntry[] = [];
  await db.attempts.orderBy('finishedAt').each((row) => {
    if (!keep(row.id)) return;
    const entry = historyEntryOf(row);
    if (entry) out.push(entry);
  });
  return out;
}

/** The label of each format some attempt used, for formats that are not built in. */
export async function attemptFormatLabels(formatIds: readonly string[]): Promise<Map<string, string>> {
  const labels = new Map<string, string>();
  for (const id of formatIds) {
    const row = await db.attempts.where('formatId').equals(id).first();
    if (row) labels.set(id, formatLabel(row.format));
  }
  return labels;
}

/**
 * What a study quiz is chosen from: every finished attempt folded oldest first (forms, outcomes
 * and flags), and the keys of every form ever drawn, running attempts included.
 */
export async function studyHistory(): Promise<{ ledger: StudyLedger; seen: Set<QuestionKey> }> {
  return db.transaction('r', db.attempts, db.responses, async () => {
    const flagged = new Map<string, Set<QuestionKey>>();
    await db.responses
      .filter((r) => r.flagged)
      .each((r) => {
        const set = flagged.get(r.attemptId) ?? new Set<QuestionKey>();
        set.add(r.question);
        flagged.set(r.attemptId, set);
      });
    const ledger: StudyLedger = new Map();
    const seen = new Set<QuestionKey>();
    await db.attempts.orderBy('finishedAt').each((row) => {
      for (const item of row.form.items) seen.add(questionKey(item.question));
      if (row.score === null || row.finishedAt === null) return;
      recordSitting(ledger, {
        finishedAt: row.finishedAt,
        items: row.form.items,
        score: row.score,
        flagged: flagged.get(row.id) ?? new Set(),
      });
    });
    for (const row of await db.attempts.where('status').equals('in-progress').toArray()) {
      for (const item of row.form.items) seen.add(questionKey(item.question));
    }
    return { ledger, seen };
  });
}
