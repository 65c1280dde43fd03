import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Attempt,
  type AttemptEvent,
  answeredCount,
  applyEvent,
  type Mode,
  refusalOf,
  responseOf,
  startAttempt,
} from '../../../src/domain/attempt';
import { remainingMs } from '../../../src/domain/clock';
import { assembleForm } from '../../../src/domain/form';
import { questionKey } from '../../../src/domain/questions';
import { scoreAttempt } from '../../../src/domain/scoring';
import { MINUTE } from '../../../src/domain/time';
import { bankFor, builtIn } from '../../support/fixtures';

const T0 = Date.UTC(2026, 5, 1, 9, 0, 0);
const cpc = builtIn('cpc');
const formResult = assembleForm(cpc, bankFor(cpc), 9);
if (!formResult.ok) throw new Error('fixture form');
const form = formResult.form;
const q0 = questionKey(form.items[0]?.question ?? { bankId: '', id: '' });
const q1 = questionKey(form.items[1]?.question ?? { bankId: '', id: '' });

function start(mode: Mode = 'exam'): Attempt {
  return startAttempt({ id: 'a1', format: cpc, mode, form, accommodation: 1, timeZone: 'UTC', now: T0 });
}

function run(attempt: Attempt, steps: [AttemptEvent, number][]): Attempt {
  return steps.reduce((a, [event, at]) => applyEvent(a, event, T0 + at), attempt);
}

const choose = (question: string, choice: string): AttemptEvent => ({
  type: 'answer',
  question,
  answer: { type: 'single', choice },
});

describe('attempt transitions', () => {
  it('starts in progress with the deadline fixed at start', () => {
    const a = start();
    expect(a.status).toBe('in-progress');
    expect(a.clock.deadline).toBe(T0 + 340 * MINUTE);
  });

  it('records an answer, a flag, a strike, a note and the position', () => {
    const a = run(start(), [
      [choose(q0, 'B'), 1000],
      [{ type: 'flag', question: q0, flagged: true }, 2000],
      [{ type: 'strike', question: q0, choice: 'D', struck: true }, 3000],
      [{ type: 'note', question: q0, text: 'check modifier' }, 4000],
      [{ type: 'navigate', position: 5 }, 5000],
    ]);
    expect(responseOf(a, q0)).toEqual({
      answer: { type: 'single', choice: 'B' },
      answeredAt: T0 + 1000,
      flagged: true,
      struck: ['D'],
      note: 'check modifier',
    });
    expect(a.position).toBe(5);
    expect(answeredCount(a)).toBe(1);
  });

  it('clearing an answer and un-striking a choice undo them', () => {
    const a = run(start(), [
      [choose(q0, 'B'), 1000],
      [{ type: 'answer', question: q0, answer: null }, 2000],
      [{ type: 'strike', question: q0, choice: 'D', struck: true }, 3000],
      [{ type: 'strike', question: q0, choice: 'D', struck: false }, 4000],
    ]);
    expect(responseOf(a, q0)).toMatchObject({ answer: null, answeredAt: null, struck: [] });
  });

  it.each<[string, Mode, AttemptEvent[], AttemptEvent, string | null]>([
    ['pause in exam mode', 'exam', [], { type: 'pause' }, 'no-pause-in-exam-mode'],
    ['pause in practice mode', 'practice', [], { type: 'pause' }, null],
    ['answer while paused', 'practice', [{ type: 'pause' }], choose('x', 'A'), 'paused'],
    ['resume when not paused', 'practice', [], { type: 'resume' }, 'not-paused'],
    ['answer an unknown question', 'exam', [], choose('nope/1', 'A'), 'unknown-question'],
    ['navigate past the end', 'exam', [], { type: 'navigate', position: 150 }, 'bad-position'],
    ['answer after submitting', 'exam', [{ type: 'submit' }], choose('x', 'A'), 'finished'],
  ])('%s is refused with %s', (_label, mode, before, event, refusal) => {
    const a = before.reduce((acc, e) => applyEvent(acc, e, T0 + 1000), start(mode));
    const target = event.type === 'answer' && event.question === 'x' ? { ...event, question: q0 } : event;
    expect(refusalOf(a, target, T0 + 2000)).toBe(refusal);
  });

  it('an answer at exactly the deadline counts; the next event finishes the attempt and is ignored', () => {
    const deadline = 340 * MINUTE;
    const a = run(start(), [
      [choose(q0, form.items[0]?.question.type === 'single' ? form.items[0].question.key : 'A'), deadline],
      [choose(q1, 'A'), deadline + 1],
    ]);
    expect(a.status).toBe('expired');
    expect(a.finishedAt).toBe(T0 + deadline);
    expect(responseOf(a, q1).answer).toBeNull();
    expect(scoreAttempt(a).earned).toBe(1);
  });

  it('opening the app after the deadline finishes the attempt at its deadline', () => {
    const a = run(start(), [
      [choose(q0, 'A'), MINUTE],
      [{ type: 'observe-clock' }, 2 * 24 * 60 * MINUTE],
    ]);
    expect(a).toMatchObject({ status: 'expired', finishedAt: T0 + 340 * MINUTE });
  });

  it('submitting finishes the attempt at the time of submission', () => {
    const a = run(start(), [[{ type: 'submit' }, 90 * MINUTE]]);
    expect(a).toMatchObject({ status: 'submitted', finishedAt: T0 + 90 * MINUTE });
  });

  it('practice pause moves the deadline by the paused time', () => {
    const a = run(start('practice'), [
      [{ type: 'pause' }, 10 * MINUTE],
      [{ type: 'resume' }, 70 * MINUTE],
    ]);
    expect(a.clock.deadline).toBe(T0 + 400 * MINUTE);
    expect(remainingMs(a.clock, T0 + 70 * MINUTE)).toBe(330 * MINUTE);
  });

  it('a backwards clock is recorded, and answers keep the latest time seen', () => {
    const a = run(start(), [
      [{ type: 'observe-clock' }, 60 * MINUTE],
      [choose(q0, 'A'), 10 * MINUTE],
    ]);
    expect(a.clock.jumps).toHaveLength(1);
    expect(responseOf(a, q0).answeredAt).toBe(T0 + 60 * MINUTE);
    expect(a.clock.deadline).toBe(T0 + 340 * MINUTE);
  });

  it('warnings are remembered once shown', () => {
    const a = run(start(), [
      [{ type: 'warning-shown', threshold: 30 * MINUTE }, 311 * MINUTE],
      [{ type: 'warning-shown', threshold: 30 * MINUTE }, 312 * MINUTE],
    ]);
    expect(a.warningsShown).toEqual([30 * MINUTE]);
  });

  it('time left never grows without a pause, whatever events and clock readings come', () => {
    const eventArb: fc.Arbitrary<AttemptEvent> = fc.oneof(
      fc.constantFrom<AttemptEvent>(
        { type: 'observe-clock' },
        { type: 'pause' },
        { type: 'flag', question: q0, flagged: true },
        choose(q1, 'C'),
        { type: 'navigate', position: 3 },
      ),
    );
    fc.assert(
      fc.property(
        fc.constantFrom<Mode>('exam', 'practice'),
        fc.array(fc.tuple(eventArb, fc.integer({ min: -60 * MINUTE, max: 400 * MINUTE })), { maxLength: 40 }),
        (mode, steps) => {
          let a = start(mode);
          let left = remainingMs(a.clock, T0);
          for (const [event, at] of steps) {
            a = applyEvent(a, event, T0 + at);
            const now = remainingMs(a.clock, T0 + at);
            if (now > left) return false;
            left = now;
          }
          return true;
        },
      ),
    );
  });
});
