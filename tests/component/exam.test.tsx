import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { routes } from '../../src/app/router';
import { type Mode, startAttempt } from '../../src/domain/attempt';
import { assembleForm } from '../../src/domain/form';
import { questionKey } from '../../src/domain/questions';
import { createAttempt } from '../../src/storage/attempts';
import { db } from '../../src/storage/db';
import { bankFor, builtIn } from '../support/fixtures';

async function seedAttempt(formatId: string, mode: Mode = 'exam') {
  const format = builtIn(formatId);
  const result = assembleForm(format, bankFor(format), 11);
  if (!result.ok) throw new Error('fixture');
  const attempt = startAttempt({
    id: `att-${formatId}-${mode}`,
    format,
    mode,
    form: result.form,
    accommodation: 1,
    timeZone: 'UTC',
    now: Date.now(),
  });
  await createAttempt(attempt, ['bank']);
  return attempt;
}

function renderExam(id: string) {
  const router = createMemoryRouter(routes, { initialEntries: [`/exam/${id}`] });
  render(<RouterProvider router={router} />);
  return router;
}

beforeEach(async () => {
  await db.delete();
  await db.open();
  // Sample banks are not needed here; mark them seeded so startup leaves the database alone.
  await db.settings.put({ key: 'shippedBanksVersion', value: 99 });
});

describe('exam runner', () => {
  it('shows the question, saves a choice, a flag and a strike, and lists them in the navigator', async () => {
    const attempt = await seedAttempt('cpc');
    const user = userEvent.setup();
    renderExam(attempt.id);
    expect(await screen.findByRole('heading', { name: 'Question 1 of 150' })).toBeInTheDocument();
    expect(screen.getByRole('timer', { name: 'Time remaining' })).toHaveTextContent(/^5:(39|40):\d\d/);

    const choices = screen.getByRole('group', { name: 'Choose one answer' });
    await user.click(within(choices).getByRole('radio', { name: /Choice B/ }));
    await waitFor(() => expect(within(choices).getByRole('radio', { name: /Choice B/ })).toBeChecked());
    await user.click(screen.getByRole('button', { name: 'Flag for review' }));
    await user.click(screen.getByRole('button', { name: 'Rule out C' }));

    expect(await screen.findByRole('button', { name: 'Question 1, answered, flagged' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Rule out C' })).toHaveAttribute('aria-pressed', 'true');
    const key = questionKey(attempt.form.items[0]?.question ?? { bankId: '', id: '' });
    expect(await db.responses.get([attempt.id, key])).toMatchObject({
      answer: { type: 'single', choice: 'B' },
      flagged: true,
      struck: ['C'],
    });
  });

  it('moves with N and P, chooses with letters and digits, flags with F, and shows the shortcuts with ?', async () => {
    const attempt = await seedAttempt('cpc');
    const user = userEvent.setup();
    renderExam(attempt.id);
    (await screen.findByRole('heading', { name: 'Question 1 of 150' })).focus();
    await user.keyboard('n');
    expect(await screen.findByRole('heading', { name: 'Question 2 of 150' })).toBeInTheDocument();
    await user.keyboard('c');
    await user.keyboard('f');
    expect(await screen.findByRole('button', { name: 'Question 2, answered, flagged' })).toBeInTheDocument();
    await user.keyboard('p');
    await user.keyboard('4');
    expect(await screen.findByRole('button', { name: 'Question 1, answered' })).toBeInTheDocument();
    await user.keyboard('?');
    expect(screen.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('filters the navigator and opens the review screen with unanswered and flagged counts', async () => {
    const attempt = await seedAttempt('cpc');
    const user = userEvent.setup();
    renderExam(attempt.id);
    (await screen.findByRole('heading', { name: 'Question 1 of 150' })).focus();
    await user.keyboard('a');
    await user.keyboard('f');
    await screen.findByRole('button', { name: 'Question 1, answered, flagged' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'Flagged');
    const nav = screen.getByRole('navigation', { name: 'Questions' });
    expect(within(nav).getAllByRole('button')).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Review and submit' }));
    expect(screen.getByRole('heading', { name: 'Unanswered: 149' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Flagged: 1' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Submit exam' }));
    const dialog = screen.getByRole('dialog', { name: 'Submit your exam?' });
    expect(dialog).toHaveTextContent('149 questions are unanswered');
    await user.click(within(dialog).getByRole('button', { name: 'Keep working' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('in practice mode pauses, hides the question, resumes, and shows the rationale on request', async () => {
    const attempt = await seedAttempt('cpc', 'practice');
    const user = userEvent.setup();
    renderExam(attempt.id);
    await screen.findByRole('heading', { name: 'Question 1 of 150' });
    await user.click(screen.getByRole('button', { name: 'Show rationale' }));
    expect(screen.getByRole('region', { name: 'Answer and rationale' })).toHaveTextContent('Answer: A');
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    expect(await screen.findByRole('heading', { name: 'Paused' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Question 1 of 150' })).not.toBeInTheDocument();
    expect(screen.getByRole('timer', { name: 'Time remaining' })).toHaveTextContent('(paused)');
    await user.click(screen.getByRole('button', { name: 'Resume' }));
    expect(await screen.findByRole('heading', { name: 'Question 1 of 150' })).toBeInTheDocument();
  });

  it('exam mode offers no pause and no rationale', async () => {
    const attempt = await seedAttempt('cpc');
    renderExam(attempt.id);
    await screen.findByRole('heading', { name: 'Question 1 of 150' });
    expect(screen.queryByRole('button', { name: 'Pause' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Show rationale' })).not.toBeInTheDocument();
  });

  it('a full storage keeps the last saved state, says so, and saves once space is back', async () => {
    const attempt = await seedAttempt('cpc');
    const user = userEvent.setup();
    renderExam(attempt.id);
    (await screen.findByRole('heading', { name: 'Question 1 of 150' })).focus();
    const quota = Object.assign(new Error('QuotaExceededError: the quota has been exceeded'), {
      name: 'QuotaExceededError',
    });
    const put = vi.spyOn(db.responses, 'put').mockRejectedValueOnce(quota);
    await user.keyboard('b');
    expect(await screen.findByRole('alert')).toHaveTextContent("This browser's storage is full");
    expect(
      within(screen.getByRole('group', { name: 'Choose one answer' })).getByRole('radio', {
        name: /Choice B/,
      }),
    ).not.toBeChecked();
    await act(async () => {
      await user.click(screen.getByRole('button', { name: 'Retry now' }));
    });
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    expect(
      within(screen.getByRole('group', { name: 'Choose one answer' })).getByRole('radio', {
        name: /Choice B/,
      }),
    ).toBeChecked();
    expect(put).toHaveBeenCalledTimes(2);
  });

  it('a CIC case shows the record and code rows that can be added, reordered and removed', async () => {
    const attempt = await seedAttempt('cic');
    const user = userEvent.setup();
    renderExam(attempt.id);
    await screen.findByRole('heading', { name: 'Question 1 of 70' });
    await user.click(screen.getByRole('button', { name: 'Question 61, unanswered' }));
    expect(await screen.findByRole('heading', { name: 'Medical record' })).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Code 1' }), 'e11.9');
    expect(screen.getByRole('status', { name: 'Code 1 reads as' })).toHaveTextContent('E119');
    await user.click(screen.getByRole('button', { name: 'Add code' }));
    await user.type(screen.getByRole('textbox', { name: 'Code 2' }), 'I10');
    await user.click(screen.getByRole('button', { name: 'Move code 2 up' }));
    expect(screen.getByRole('textbox', { name: 'Code 1' })).toHaveValue('I10');
    await user.click(screen.getByRole('button', { name: 'Remove code 2' }));
    expect(screen.queryByRole('textbox', { name: 'Code 2' })).not.toBeInTheDocument();
    const key = questionKey(attempt.form.items[60]?.question ?? { bankId: '', id: '' });
    await waitFor(async () =>
      expect((await db.responses.get([attempt.id, key]))?.answer).toEqual({ type: 'case', codes: ['I10'] }),
    );
  });

  it('an exam address that holds nothing says so', async () => {
    renderExam('nope');
    expect(await screen.findByRole('heading', { name: 'Exam not found' })).toBeInTheDocument();
  });
});
