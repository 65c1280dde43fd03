import { beforeEach, describe, expect, it } from 'vitest';
import { type Attempt, applyEvent, startAttempt } from '../../../src/domain/attempt';
import { assembleForm } from '../../../src/domain/form';
import { questionKey } from '../../../src/domain/questions';
import { MINUTE } from '../../../src/domain/time';
import { performWrite, writesFor } from '../../../src/features/exam/writes';
import { createAttempt, loadAttempt, saveResponse } from '../../../src/storage/attempts';
import { db } from '../../../src/storage/db';
import { finishExpiredAttempts } from '../../../src/storage/lifecycle';
import { bankFor, builtIn } from '../../support/fixtures';

const T0 = Date.UTC(2026, 5, 1, 9);
const cpc = builtIn('cpc');

async function newAttempt(id = 'a1'): Promise<Attempt> {
  const result = assembleForm(cpc, bankFor(cpc), 4);
  if (!result.ok) throw new Error('fixture');
  const attempt = startAttempt({
    id,
    format: cpc,
    mode: 'exam',
    form: result.form,
    accommodation: 1,
    timeZone: 'UTC',
    now: T0,
  });
  await createAttempt(attempt, ['bank']);
  return attempt;
}

async function apply(
  attempt: Attempt,
  event: Parameters<typeof applyEvent>[1],
  at: number,
): Promise<Attempt> {
  const next = applyEvent(attempt, event, T0 + at);
  for (const write of writesFor(attempt, next)) await performWrite(write, next);
  return next;
}

const keyOf = (attempt: Attempt, i: number) =>
  questionKey(attempt.form.items[i]?.question ?? { bankId: '', id: '' });

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('saving an attempt', () => {
  it('saving one answer writes one response row and leaves the attempt row as it was', async () => {
    let attempt = await newAttempt();
    const before = await db.attempts.get('a1');
    attempt = await apply(
      attempt,
      { type: 'answer', question: keyOf(attempt, 0), answer: { type: 'single', choice: 'B' } },
      1000,
    );
    expect(await db.responses.count()).toBe(1);
    expect(await db.attempts.get('a1')).toEqual(before);
    const row = await db.responses.get(['a1', keyOf(attempt, 0)]);
    expect(row).toMatchObject({ answer: { type: 'single', choice: 'B' }, answeredAt: T0 + 1000 });
  });

  it('a flag, a strike, a note and a move each write only what they change', async () => {
    let attempt = await newAttempt();
    const q = keyOf(attempt, 2);
    expect(
      writesFor(attempt, applyEvent(attempt, { type: 'flag', question: q, flagged: true }, T0 + 1)),
    ).toEqual([{ kind: 'response', question: q }]);
    attempt = await apply(attempt, { type: 'strike', question: q, choice: 'C', struck: true }, 2);
    attempt = await apply(attempt, { type: 'note', question: q, text: 'look up' }, 3);
    const move = applyEvent(attempt, { type: 'navigate', position: 7 }, T0 + 4);
    expect(writesFor(attempt, move)).toEqual([{ kind: 'position' }]);
    attempt = await apply(attempt, { type: 'navigate', position: 7 }, 4);
    const loaded = await loadAttempt('a1');
    expect(loaded?.attempt.position).toBe(7);
    expect(loaded?.attempt.responses[q]).toMatchObject({ struck: ['C'], note: 'look up' });
  });

  it('reloading gives back exactly the saved attempt', async () => {
    let attempt = await newAttempt();
    attempt = await apply(
      attempt,
      { type: 'answer', question: keyOf(attempt, 0), answer: { type: 'single', choice: 'A' } },
      10,
    );
    attempt = await apply(attempt, { type: 'flag', question: keyOf(attempt, 1), flagged: true }, 20);
    const loaded = await loadAttempt('a1');
    expect(loaded?.attempt.responses).toEqual(attempt.responses);
    expect(loaded?.attempt.clock.deadline).toBe(attempt.clock.deadline);
  });

  it('a clock set back while the tab was closed cannot give back time: the latest answer time is kept', async () => {
    const attempt = await newAttempt();
    await apply(
      attempt,
      { type: 'answer', question: keyOf(attempt, 0), answer: { type: 'single', choice: 'A' } },
      90 * MINUTE,
    );
    const loaded = await loadAttempt('a1');
    expect(loaded?.attempt.clock.lastSeenAt).toBe(T0 + 90 * MINUTE);
  });

  it('on opening, an attempt past its deadline is finished with only the answers saved in time', async () => {
    const attempt = await newAttempt();
    const first = attempt.form.items[0]?.question;
    if (first?.type !== 'single') throw new Error('fixture');
    await apply(
      attempt,
      { type: 'answer', question: keyOf(attempt, 0), answer: { type: 'single', choice: first.key } },
      MINUTE,
    );
    expect(await finishExpiredAttempts(T0 + 100 * MINUTE)).toEqual([]);
    // A row stamped after the deadline (written by a tab whose clock ran ahead) must not count.
    await saveResponse('a1', keyOf(attempt, 1), {
      answer: { type: 'single', choice: 'A' },
      answeredAt: T0 + 341 * MINUTE,
      flagged: false,
      struck: [],
      note: '',
    });
    expect(await finishExpiredAttempts(T0 + 400 * MINUTE)).toEqual(['a1']);
    const row = await db.attempts.get('a1');
    expect(row).toMatchObject({ status: 'expired', finishedAt: T0 + 340 * MINUTE });
    expect(row?.score?.earned).toBe(1);
  });
});
