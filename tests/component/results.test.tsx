import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type Answer, type Mode, type Response, startAttempt } from '../../src/domain/attempt';
import type { ExamFormat } from '../../src/domain/formats';
import { type Question, questionKey } from '../../src/domain/questions';
import { ResultRoutes } from '../../src/features/results/ResultRoutes';
import { createAttempt, saveResponse } from '../../src/storage/attempts';
import { db } from '../../src/storage/db';
import { recordFinish } from '../../src/storage/lifecycle';
import { builtIn, codingCase, single } from '../support/fixtures';

const START = Date.UTC(2026, 5, 1, 9);
const MINUTE = 60_000;

interface Given {
  readonly question: Question;
  readonly partId: string;
  readonly answer?: Answer;
  readonly minute?: number;
  readonly flagged?: boolean;
}

/** Stores a finished attempt the way the runner leaves one: rows, responses, then the score. */
async function seedFinished(
  id: string,
  format: ExamFormat,
  mode: Mode,
  given: Given[],
  finishedMinute: number,
) {
  const attempt = startAttempt({
    id,
    format,
    mode,
    form: { seed: 1, items: given.map(({ question, partId }) => ({ partId, question })) },
    accommodation: 1,
    timeZone: 'UTC',
    now: START,
  });
  await createAttempt(attempt, ['bank']);
  const responses: Record<string, Response> = {};
  for (const g of given) {
    if (!g.answer && !g.flagged) continue;
    const response: Response = {
      answer: g.answer ?? null,
      answeredAt: g.answer ? START + (g.minute ?? 1) * MINUTE : null,
      flagged: g.flagged ?? false,
      struck: [],
      note: '',
    };
    responses[questionKey(g.question)] = response;
    await saveResponse(id, questionKey(g.question), response);
  }
  await recordFinish({
    ...attempt,
    responses,
    status: 'submitted',
    finishedAt: START + finishedMinute * MINUTE,
  });
}

const choice = (c: string): Answer => ({ type: 'single', choice: c });

/** A CIC attempt cut down to four choice questions and one case. */
const CIC_GIVEN: Given[] = [
  { question: single('q1', 'icd-10-pcs', 'A'), partId: 'choice', answer: choice('A'), minute: 2 },
  {
    question: single('q2', 'icd-10-pcs', 'A'),
    partId: 'choice',
    answer: choice('C'),
    minute: 140,
    flagged: true,
  },
  { question: single('q3', 'anatomy', 'B'), partId: 'choice', answer: choice('B'), minute: 150 },
  { question: single('q4', 'anatomy', 'D'), partId: 'choice', flagged: true },
  {
    question: codingCase('c1', ['A41.51', 'N39.0', 'E11.9']),
    partId: 'cases',
    answer: { type: 'case', codes: ['n39.0', 'A41.51', 'Z99'] },
    minute: 210,
  },
];

function renderAt(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/results/:attemptId/*" element={<ResultRoutes />} />
      </Routes>
    </MemoryRouter>,
  );
}

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});

describe('score report', () => {
  beforeEach(async () => {
    await seedFinished('cic-1', builtIn('cic'), 'exam', CIC_GIVEN, 250);
  });

  it('shows the outcome, the mode, the points needed and the margin', async () => {
    renderAt('/results/cic-1');
    expect(await screen.findByRole('heading', { level: 2, name: 'Not passed' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'CIC mock exam result' })).toBeInTheDocument();
    expect(screen.getByText('42.9% against a pass mark of 70%')).toBeInTheDocument();
    const outcome = screen.getByRole('region', { name: 'Not passed' });
    expect(within(outcome).getByText('3 of 7')).toBeInTheDocument();
    expect(within(outcome).getByText('2 short')).toBeInTheDocument();
    expect(within(outcome).getByText('Exam mode: the real rules')).toBeInTheDocument();
  });

  it('breaks the points down by part and by area, in a chart and a table that add up', async () => {
    renderAt('/results/cic-1');
    const parts = await screen.findByRole('table', { name: 'Points by part of the exam' });
    const partRows = within(parts)
      .getAllByRole('row')
      .map((r) => r.textContent);
    expect(partRows).toEqual([
      'PartQuestionsPoints earnedPoints possiblePercent',
      'Multiple choice42450%',
      'Inpatient coding cases11333.3%',
      'Total53742.9%',
    ]);
    const areas = screen.getByRole('table', { name: 'Points by area of knowledge' });
    expect(within(areas).getByRole('row', { name: /^ICD-10-PCS/ })).toHaveTextContent('ICD-10-PCS21250%');
    expect(within(areas).getByRole('row', { name: /^Total/ })).toHaveTextContent('Total53742.9%');
    expect(
      screen.getByRole('img', { name: /Percent earned in each area of knowledge against the 70% pass mark/ }),
    ).toBeInTheDocument();
  });

  it('reports time used and where the pace fell behind', async () => {
    renderAt('/results/cic-1');
    const pace = await screen.findByRole('region', { name: 'Time and pace' });
    expect(within(pace).getByText('4 h 10 min of 5 h 40 min')).toBeInTheDocument();
    expect(within(pace).getByText('4 of 5')).toBeInTheDocument();
    // Five questions over 340 minutes: one due every 68 minutes; the second answer came at 140.
    expect(
      within(pace).getByText(
        'You fell behind an even pace 2 h 16 min in, when question 2 was due. You were furthest behind, by 1 question, at 2 h 16 min, and caught up at 2 h 20 min.',
      ),
    ).toBeInTheDocument();
    expect(
      within(pace).getByRole('img', { name: /Questions answered over the 4 h 10 min/ }),
    ).toBeInTheDocument();
  });

  it('marks each expected code of a case and lists the extra codes', async () => {
    renderAt('/results/cic-1');
    const table = await screen.findByRole('table', { name: 'Question 5: 1 of 3 codes' });
    expect(
      within(table)
        .getAllByRole('row')
        .map((r) => r.textContent),
    ).toEqual([
      'Expected codeResult',
      'A41.51Out of order: the principal code must come first',
      'N39.0Found',
      'E11.9Missing',
      'Extra codes enteredZ99',
    ]);
  });

  it('prints from the Print report button', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    renderAt('/results/cic-1');
    await userEvent.click(await screen.findByRole('button', { name: 'Print report' }));
    expect(print).toHaveBeenCalledOnce();
  });

  it('says so when there is no attempt at the address', async () => {
    renderAt('/results/nope');
    expect(await screen.findByRole('heading', { name: 'Result not found' })).toBeInTheDocument();
  });
});

describe('answer review', () => {
  beforeEach(async () => {
    await seedFinished('cic-1', builtIn('cic'), 'practice', CIC_GIVEN, 250);
  });

  it('shows every question with the answer given, the key and the rationale', async () => {
    renderAt('/results/cic-1/review');
    expect(await screen.findByRole('heading', { name: 'Question 1 of 5' })).toBeInTheDocument();
    expect(screen.getByText('Practice mode')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Showing 5 of 5 questions.');
    const question = screen.getByRole('region', { name: 'Question 1 of 5' });
    expect(within(question).getByText('Correct')).toBeInTheDocument();
    expect(within(question).getByText('Because.')).toBeInTheDocument();
    expect(within(question).getByText('Key').nextElementSibling).toHaveTextContent('A');
  });

  it('filters by incorrect, unanswered, flagged and area', async () => {
    const user = userEvent.setup();
    renderAt('/results/cic-1/review');
    await screen.findByRole('heading', { name: 'Question 1 of 5' });
    const nav = screen.getByRole('navigation', { name: 'Questions shown' });

    await user.click(screen.getByRole('radio', { name: 'Incorrect (2)' }));
    expect(screen.getByRole('status')).toHaveTextContent('Showing 2 of 5 questions.');
    expect(
      within(nav)
        .getAllByRole('button')
        .map((b) => b.getAttribute('aria-label')),
    ).toEqual(['Question 2, incorrect, flagged', 'Question 5, incorrect']);
    const q2 = screen.getByRole('region', { name: 'Question 2 of 5' });
    expect(within(q2).getByText('Your answer', { selector: '.tag' }).closest('li')).toHaveTextContent(
      'CChoice C of q2',
    );
    expect(within(q2).getByText('Correct answer').closest('li')).toHaveTextContent('AChoice A of q2');

    await user.click(screen.getByRole('radio', { name: 'Unanswered (1)' }));
    expect(screen.getByRole('heading', { name: 'Question 4 of 5' })).toBeInTheDocument();
    expect(screen.getByText('Not answered')).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Flagged (2)' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Area' }), 'Anatomy');
    expect(screen.getByRole('status')).toHaveTextContent('Showing 1 of 5 questions.');
    expect(screen.getByRole('heading', { name: 'Question 4 of 5' })).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Incorrect (0)' }));
    expect(screen.getByText('No question matches these filters.')).toBeInTheDocument();
  });

  it('moves with N and P within the filter, and ? shows the shortcuts', async () => {
    const user = userEvent.setup();
    renderAt('/results/cic-1/review');
    await screen.findByRole('heading', { name: 'Question 1 of 5' });
    await user.click(screen.getByRole('radio', { name: 'Flagged (2)' }));
    expect(screen.getByRole('heading', { name: 'Question 2 of 5' })).toBeInTheDocument();
    await user.keyboard('n');
    expect(screen.getByRole('heading', { name: 'Question 4 of 5' })).toHaveFocus();
    await user.keyboard('n');
    expect(screen.getByRole('heading', { name: 'Question 4 of 5' })).toBeInTheDocument();
    await user.keyboard('p');
    expect(screen.getByRole('heading', { name: 'Question 2 of 5' })).toHaveFocus();
    await user.keyboard('?');
    expect(screen.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('shows a case with its record, codes marked and the extra codes', async () => {
    const user = userEvent.setup();
    renderAt('/results/cic-1/review');
    await screen.findByRole('heading', { name: 'Question 1 of 5' });
    await user.click(screen.getByRole('button', { name: 'Question 5, incorrect' }));
    const q5 = screen.getByRole('region', { name: 'Question 5 of 5' });
    expect(within(q5).getByRole('heading', { name: 'Medical record' })).toBeInTheDocument();
    expect(within(q5).getByText('DISCHARGE SUMMARY')).toBeInTheDocument();
    const codes = within(q5).getByRole('table', { name: 'Codes' });
    expect(within(codes).getByRole('row', { name: /^A41\.51/ })).toHaveTextContent('Out of order');
    expect(within(codes).getByRole('row', { name: /^Extra codes entered/ })).toHaveTextContent('Z99');
    expect(within(q5).getByText('1 of 3 points', { exact: false })).toBeInTheDocument();
  });
});
