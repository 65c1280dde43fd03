import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startAttempt } from '../../src/domain/attempt';
import { assembleForm } from '../../src/domain/form';
import { MINUTE } from '../../src/domain/time';
import { Timer } from '../../src/features/exam/Timer';
import { bankFor, builtIn } from '../support/fixtures';

const T0 = Date.UTC(2026, 5, 1, 9);

function attemptStartedAt(start: number) {
  const cpc = builtIn('cpc');
  const result = assembleForm(cpc, bankFor(cpc), 3);
  if (!result.ok) throw new Error('fixture');
  return startAttempt({
    id: 't',
    format: cpc,
    mode: 'exam',
    form: result.form,
    accommodation: 1,
    timeZone: 'UTC',
    now: start,
  });
}

afterEach(() => {
  vi.useRealTimers();
});

describe('timer', () => {
  it('can be hidden, comes back by itself in the last 5 minutes, and announces the warning politely', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    vi.setSystemTime(T0 + 334 * MINUTE);
    const attempt = { ...attemptStartedAt(T0), warningsShown: [30 * MINUTE] };
    const dispatch = vi.fn(async () => undefined);
    render(<Timer attempt={attempt} answered={10} dispatch={dispatch} readOnly={false} />);

    const timer = screen.getByRole('timer', { name: 'Time remaining' });
    expect(timer).toHaveTextContent('0:06:00');
    act(() => screen.getByRole('button', { name: 'Hide timer' }).click());
    expect(timer).toHaveTextContent('hidden');
    expect(dispatch).not.toHaveBeenCalled();

    await act(async () => {
      vi.advanceTimersByTime(61_000);
    });
    expect(timer).toHaveTextContent('0:04:59');
    expect(screen.getByRole('button', { name: 'Show timer' })).toBeDisabled();
    expect(screen.getByRole('status')).toHaveTextContent('5 minutes left.');
    expect(dispatch).toHaveBeenCalledWith({ type: 'warning-shown', threshold: 5 * MINUTE });
  });

  it('shows days and hours for a window, and the pace against an even spread', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const cmcs = builtIn('cmcs');
    const result = assembleForm(cmcs, bankFor(cmcs), 1);
    if (!result.ok) throw new Error('fixture');
    const attempt = startAttempt({
      id: 'w',
      format: cmcs,
      mode: 'exam',
      form: result.form,
      accommodation: 1,
      timeZone: 'UTC',
      now: T0,
    });
    vi.setSystemTime(T0 + 5 * 24 * 60 * MINUTE);
    render(
      <Timer attempt={attempt} answered={40} dispatch={vi.fn(async () => undefined)} readOnly={false} />,
    );
    expect(screen.getByRole('timer', { name: 'Time remaining' })).toHaveTextContent('5 days 0 h 0 min');
    expect(screen.getByText('Answered 40 of 100 · even pace 50 · 10 behind')).toBeInTheDocument();
  });
});
