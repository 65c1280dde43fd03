import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  deadlineFor,
  elapsedMs,
  isPastDeadline,
  observe,
  pace,
  pauseClock,
  remainingMs,
  resumeClock,
  startClock,
  timerMustShow,
  warningsDue,
} from '../../../src/domain/clock';
import {
  addCalendarDays,
  DAY,
  formatDaysHours,
  formatHms,
  formatMinutes,
  formatMinutesSeconds,
  HOUR,
  MINUTE,
} from '../../../src/domain/time';

const T0 = Date.UTC(2026, 2, 2, 13, 0, 0);
const timed = { kind: 'timed', minutes: 340 } as const;
const window10 = { kind: 'window', days: 10 } as const;

describe('deadline', () => {
  it.each([
    [1, 340],
    [1.25, 425],
    [1.5, 510],
    [2, 680],
  ] as const)('accommodation %d gives %i minutes', (factor, minutes) => {
    expect(deadlineFor(timed, T0, factor, 'UTC') - T0).toBe(minutes * MINUTE);
  });

  it('a window ignores the accommodation factor and counts calendar days', () => {
    expect(deadlineFor(window10, T0, 2, 'UTC') - T0).toBe(10 * DAY);
  });

  it.each([
    // A window across a month end and the US fall-back change: closes at the same wall time, 241 h later.
    ['America/New_York', '2026-10-27T13:00:00Z', '2026-11-06T14:00:00Z'],
    // Across the spring-forward change: 239 h later.
    ['America/New_York', '2026-03-02T14:00:00Z', '2026-03-12T13:00:00Z'],
    // Across February's end in a zone with no change.
    ['Asia/Tokyo', '2026-02-25T00:30:00Z', '2026-03-07T00:30:00Z'],
    // Europe's change on the last Sunday of March, across the month end.
    ['Europe/Paris', '2026-03-25T08:00:00Z', '2026-04-04T07:00:00Z'],
  ])('in %s a 10-day window opened %s closes %s', (zone, start, end) => {
    expect(new Date(addCalendarDays(Date.parse(start), 10, zone)).toISOString()).toBe(
      new Date(end).toISOString(),
    );
  });

  it('a wall time inside the spring-forward gap resolves to the later instant', () => {
    // 02:30 on 8 March 2026 does not exist in New York; start at 02:30 EST one day before.
    const start = Date.parse('2026-03-07T07:30:00Z');
    expect(new Date(addCalendarDays(start, 1, 'America/New_York')).toISOString()).toBe(
      '2026-03-08T07:30:00.000Z',
    );
  });
});

describe('time left', () => {
  const clock = startClock(timed, T0, 1, 'UTC');

  it.each([
    ['at the start', 0, 340 * MINUTE, false],
    ['one minute in', MINUTE, 339 * MINUTE, false],
    ['exactly at the deadline', 340 * MINUTE, 0, false],
    ['a millisecond past', 340 * MINUTE + 1, 0, true],
    ['a day past', DAY, 0, true],
  ])('%s', (_label, offset, remaining, past) => {
    expect(remainingMs(clock, T0 + offset)).toBe(remaining);
    expect(isPastDeadline(clock, T0 + offset)).toBe(past);
  });

  it('a clock moved backwards is recorded and gives no time back', () => {
    const seen = observe(clock, T0 + 60 * MINUTE);
    const jumped = observe(seen, T0 + 10 * MINUTE);
    expect(jumped.jumps).toEqual([{ seenAt: T0 + 10 * MINUTE, previous: T0 + 60 * MINUTE }]);
    expect(jumped.deadline).toBe(clock.deadline);
    expect(remainingMs(jumped, T0 + 10 * MINUTE)).toBe(280 * MINUTE);
  });

  it('clock noise under two seconds is not a jump', () => {
    const seen = observe(clock, T0 + 5000);
    expect(observe(seen, T0 + 4000).jumps).toEqual([]);
  });

  it('pausing freezes time left and resuming moves the deadline by exactly the paused time', () => {
    const paused = pauseClock(observe(clock, T0 + HOUR), T0 + HOUR);
    expect(remainingMs(paused, T0 + 3 * HOUR)).toBe(280 * MINUTE);
    const resumed = resumeClock(paused, T0 + 3 * HOUR);
    expect(resumed.deadline).toBe(clock.deadline + 2 * HOUR);
    expect(remainingMs(resumed, T0 + 3 * HOUR)).toBe(280 * MINUTE);
    expect(elapsedMs(resumed, T0 + 3 * HOUR)).toBe(HOUR);
  });

  it('time left never grows while not paused, whatever the clock does', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -DAY, max: DAY }), { minLength: 1, maxLength: 50 }),
        (offsets) => {
          let c = clock;
          let last = remainingMs(c, T0);
          for (const offset of offsets) {
            c = observe(c, T0 + offset);
            const now = remainingMs(c, T0 + offset);
            if (now > last) return false;
            last = now;
          }
          return true;
        },
      ),
    );
  });

  it('pause and resume never give back time already used', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.constantFrom('observe', 'pause', 'resume'), fc.integer({ min: 0, max: 10 * HOUR })),
          {
            maxLength: 40,
          },
        ),
        (steps) => {
          let c = clock;
          let last = remainingMs(c, T0);
          for (const [step, at] of steps) {
            const now = T0 + at;
            // As applyEvent does: every event first observes the clock.
            c = observe(c, now);
            c = step === 'pause' ? pauseClock(c, now) : step === 'resume' ? resumeClock(c, now) : c;
            const left = remainingMs(c, now);
            if (left > last) return false;
            last = left;
          }
          return true;
        },
      ),
    );
  });
});

describe('warnings and timer', () => {
  it.each([
    [timed, 31 * MINUTE, [], []],
    [timed, 30 * MINUTE, [], [30 * MINUTE]],
    [timed, 4 * MINUTE, [], [30 * MINUTE, 5 * MINUTE]],
    [timed, 4 * MINUTE, [30 * MINUTE], [5 * MINUTE]],
    [timed, 0, [], []],
    [window10, 2 * DAY, [], []],
    [window10, 23 * HOUR, [], [DAY]],
    [window10, 59 * MINUTE, [DAY], [HOUR]],
  ] as const)('%j with %i ms left and %j shown is due %j', (timing, left, shown, due) => {
    expect(warningsDue(timing, left, shown)).toEqual(due);
  });

  it.each([
    [timed, 5 * MINUTE + 1, false],
    [timed, 5 * MINUTE, true],
    [window10, HOUR, true],
    [window10, 2 * HOUR, false],
  ] as const)('a hidden timer for %j with %i ms left must show: %s', (timing, left, show) => {
    expect(timerMustShow(timing, left)).toBe(show);
  });
});

describe('pace', () => {
  it.each([
    [0, 0, 0],
    [170 * MINUTE, 70, -5],
    [170 * MINUTE, 80, 5],
    [400 * MINUTE, 150, 0],
  ])('after %i ms with %i answered the difference is %i', (elapsed, answered, difference) => {
    const clock = startClock(timed, T0, 1, 'UTC');
    expect(pace(clock, T0 + elapsed, 150, answered).difference).toBe(difference);
  });
});

describe('formatting', () => {
  it.each([
    [340 * MINUTE, '5:40:00'],
    [61_001, '0:01:02'],
    [0, '0:00:00'],
    [-5, '0:00:00'],
  ])('%i ms is %s', (ms, text) => expect(formatHms(ms)).toBe(text));

  it.each([
    [7 * DAY, '7 days 0 h 0 min'],
    [DAY + HOUR + 30_000, '1 day 1 h 1 min'],
    [59 * MINUTE, '0 days 0 h 59 min'],
  ])('%i ms is %s', (ms, text) => expect(formatDaysHours(ms)).toBe(text));

  it.each([
    [340, '5 h 40 min'],
    [90, '1 h 30 min'],
    [240, '4 h'],
    [45, '45 min'],
  ])('%i minutes is %s', (min, text) => expect(formatMinutes(min)).toBe(text));

  it('340 minutes over 150 questions is 2 min 16 s each', () => {
    expect(formatMinutesSeconds((340 * MINUTE) / 150)).toBe('2 min 16 s');
  });
});
