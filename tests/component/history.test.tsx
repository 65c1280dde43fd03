import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useParams } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type Mode, type Response, startAttempt } from '../../src/domain/attempt';
import type { ExamFormat } from '../../src/domain/formats';
import { type Question, questionKey } from '../../src/domain/questions';
import { HistoryRoutes } from '../../src/features/history/HistoryRoutes';
import { createAttempt, saveResponse } from '../../src/storage/attempts';
import { db } from '../../src/storage/db';
import { recordFinish } from '../../src/storage/lifecycle';
import { builtIn, single } from '../support/fixtures';

const DAY = 24 * 3600_000;
const START = Date.UTC(2026, 0, 1, 9);

const QUESTIONS: Question[] = Array.from({ length: 10 }, (_, i) =>
  single(`q${i}`, i < 5 ? 'anatomy' : 'hcpcs', 'A'),
);

/** A finished attempt of ten questions with the first `right` answered right and the next `wrong` wrong. */
async function seed(id: string, format: ExamFormat, mode: Mode, day: number, right: number, wrong = 0) {
  const attempt = startAttempt({
    id,
    format,
    mode,
    form: { seed: 1, items: QUESTIONS.map((question) => ({ partId: 'choice', question })) },
    accommodation: 1,
    timeZone: 'UTC',
    now: START + day * DAY,
  });
  await createAttempt(attempt, ['bank']);
  const responses: Record<string, Response> = {};
  QUESTIONS.slice(0, right + wrong).forEach((q, i) => {
    responses[questionKey(q)] = {
      answer: { type: 'single', choice: i < right ? 'A' : 'B' },
      answeredAt: START + day * DAY + 60_000,
      flagged: false,
      struck: [],
      note: '',
    };
  });
  for (const [key, r] of Object.entries(responses)) await saveResponse(id, key, r);
  await recordFinish({
    ...attempt,
    responses,
    status: 'submitted',
    finishedAt: START + day * DAY + 3600_000,
  });
}

function ExamStub() {
  const { attemptId } = useParams();
  return <h1>Exam {attemptId}</h1>;
}

function renderAt(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/history/*" element={<HistoryRoutes />} />
        <Route path="/exam/:attemptId" element={<ExamStub />} />
        <Route path="/results/:attemptId" element={<h1>Report</h1>} />
      </Routes>
    </MemoryRouter>,
  );
}

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});

/** A format of one's own whose blueprint is exactly the ten questions above. */
const MINI: ExamFormat = {
  ...builtIn('cpc'),
  id: 'mini',
  code: 'MINI',
  name: 'Mini mock',
  origin: 'custom',
  parts: [
    {
      id: 'choice',
      kind: 'choice',
      title: 'Multiple choice',
      blueprint: [
        { area: 'anatomy', count: 5 },
        { area: 'hcpcs', count: 5 },
      ],
    },
  ],
};

describe('history list', () => {
  beforeEach(async () => {
    // Thirty exam attempts, scores 0-90% in turn, one a day; and two practice attempts of COC.
    // One transaction: the storage functions join it, and fake-indexeddb is quicker for it.
    await db.transaction('rw', db.attempts, db.responses, async () => {
      for (let day = 0; day < 30; day++) await seed(`exam-${day}`, MINI, 'exam', day, day % 10);
      await seed('practice-1', builtIn('coc'), 'practice', 40, 9);
      await seed('practice-2', builtIn('coc'), 'practice', 41, 2);
    });
  });

  it('lists exam attempts by default, newest first, rendering only the rows in view', async () => {
    renderAt('/history');
    const table = await screen.findByRole('table', { name: 'Finished attempts, newest first' });
    expect(table).toHaveAttribute('aria-rowcount', '31');
    await waitFor(() => expect(within(table).getAllByRole('row')[1]).toHaveTextContent('90%'));
    const rows = within(table).getAllByRole('row');
    // The header, ten rows in view and a few beyond: not all thirty.
    expect(rows.length).toBeLessThan(20);
    expect(rows[1]).toHaveAttribute('aria-rowindex', '2');
    expect(rows[1]).toHaveTextContent(/MINIExam90%Passed9 of 10Submitted/);
    expect(rows[2]).toHaveTextContent(/MINIExam80%Passed8 of 10Submitted/);
    expect(screen.getByText('30 attempts')).toBeInTheDocument();
  });

  it('keeps practice apart and filters by format', async () => {
    const user = userEvent.setup();
    renderAt('/history');
    await screen.findByRole('table', { name: 'Finished attempts, newest first' });
    await user.click(screen.getByRole('radio', { name: 'Practice (2)' }));
    expect(screen.getByRole('heading', { name: 'Practice attempts' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Finished attempts, newest first' });
    await waitFor(() => expect(within(table).getAllByRole('row')[2]).toHaveTextContent('90%'));
    expect(
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((r) => r.textContent),
    ).toEqual([
      expect.stringMatching(/COCPractice20%Not passed2 of 10/),
      expect.stringMatching(/COCPractice90%Passed9 of 10/),
    ]);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Format' }), 'MINI');
    expect(screen.getByText('None match these filters.')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Exam mode (30)' }));
    expect(screen.getByText('30 attempts of MINI')).toBeInTheDocument();
  });

  it('moves between rows with the arrow keys, Home and End, one tab stop in all', async () => {
    const user = userEvent.setup();
    renderAt('/history');
    const table = await screen.findByRole('table', { name: 'Finished attempts, newest first' });
    const links = within(table).getAllByRole('link');
    expect(links.filter((l) => l.tabIndex === 0)).toHaveLength(1);
    links[0]?.focus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement?.closest('tr')).toHaveAttribute('aria-rowindex', '3');
    await user.keyboard('{End}');
    await waitFor(() => expect(document.activeElement?.closest('tr')).toHaveAttribute('aria-rowindex', '31'));
    // The row's score loads once the row is in view.
    await waitFor(() => expect(document.activeElement?.closest('tr')).toHaveTextContent(/Exam0%Not passed/));
    await user.keyboard('{Home}');
    await waitFor(() => expect(document.activeElement?.closest('tr')).toHaveAttribute('aria-rowindex', '2'));
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { name: 'Report' })).toBeInTheDocument();
  });

  it('draws the latest twenty exam attempts per format against the pass line, with a readiness estimate', async () => {
    renderAt('/history');
    const progress = await screen.findByRole('article', { name: 'MINI' });
    const chart = await within(progress).findByRole('img', {
      name: /^MINI exam-mode scores, oldest first \(latest 20\)/,
    });
    expect(chart.getAttribute('aria-label')).toMatch(
      /Attempt 1, .*: 0%, not passed; Attempt 2, .*: 10%, not passed/,
    );
    expect(chart.getAttribute('aria-label')).toMatch(/Attempt 20, .*: 90%, passed\. Pass mark 70%\.$/);
    expect(chart.querySelectorAll('circle')).toHaveLength(20);
    expect(within(progress).getByText(/Estimated exam-mode score:/)).toHaveTextContent(
      /Estimated exam-mode score: 4\d(\.\d)?% \(90% range/,
    );
    expect(within(progress).getByText(/whole range is below the 70% pass mark/)).toBeInTheDocument();
    const areas = within(progress).getByRole('table', {
      name: 'MINI: accuracy by area, last 6 exam-mode attempts',
    });
    expect(within(areas).getByRole('row', { name: /^Anatomy/ })).toHaveTextContent(
      'Anatomy80%100%100%100%100%100%',
    );
  });

  it('exports the attempts listed as CSV', async () => {
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:history';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderAt('/history?mode=practice');
    await user.click(await screen.findByRole('button', { name: 'Export CSV' }));
    expect(await screen.findByText('Exported 2 attempts.')).toBeInTheDocument();
    expect(click).toHaveBeenCalledOnce();
    const text = await blobs[0]?.text();
    const lines = text?.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines?.[0]).toBe(
      'date,format,format name,mode,status,percent,pass mark,passed,earned,possible,Anatomy %,HCPCS Level II %',
    );
    expect(lines?.slice(1)).toEqual([
      '2026-02-10T10:00:00.000Z,COC,Certified Outpatient Coder,practice,submitted,90,70,yes,9,10,100,80',
      '2026-02-11T10:00:00.000Z,COC,Certified Outpatient Coder,practice,submitted,20,70,no,2,10,40,0',
      '',
    ]);
  });
});

describe('readiness with too little data', () => {
  it('says plainly that there is not enough data yet', async () => {
    await seed('only', builtIn('cpc'), 'exam', 0, 7);
    renderAt('/history');
    const progress = await screen.findByRole('article', { name: 'CPC' });
    expect(await within(progress).findByText('Not enough data yet.')).toBeInTheDocument();
    expect(within(progress).getByText(/there is 1\)/)).toBeInTheDocument();
  });

  it('an empty history says how to start one', async () => {
    renderAt('/history');
    expect(await screen.findByText(/No finished attempts yet\./)).toBeInTheDocument();
  });
});

describe('study from mistakes', () => {
  it('starts a practice quiz of only the questions answered wrong the last time', async () => {
    const user = userEvent.setup();
    const cpc = builtIn('cpc');
    // First sitting: q0-q2 right, q3-q6 wrong. Second: q0-q4 right, q5-q7 wrong. Wrong now: q5, q6, q7.
    await seed('first', cpc, 'exam', 0, 3, 4);
    await seed('second', cpc, 'exam', 1, 5, 3);
    renderAt('/history/study');
    expect(await screen.findByRole('checkbox', { name: 'Answered wrong the last time (3)' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Never answered (2)' })).not.toBeChecked();
    expect(screen.getByText('3 questions match; the quiz will have 3.')).toBeInTheDocument();
    await user.clear(screen.getByRole('spinbutton', { name: 'Number of questions' }));
    await user.type(screen.getByRole('spinbutton', { name: 'Number of questions' }), '2');
    expect(screen.getByRole('spinbutton', { name: 'Time in minutes' })).toHaveValue(4);
    await user.click(screen.getByRole('button', { name: 'Start practice quiz' }));

    const heading = await screen.findByRole('heading', { name: /^Exam / });
    const id = heading.textContent?.replace('Exam ', '') ?? '';
    const row = await db.attempts.get(id);
    expect(row?.mode).toBe('practice');
    expect(row?.format.origin).toBe('custom');
    expect(row?.format.timing).toEqual({ kind: 'timed', minutes: 4 });
    const keys = row?.form.items.map((i) => questionKey(i.question)) ?? [];
    expect(keys).toHaveLength(2);
    for (const key of keys) expect(['bank/q5', 'bank/q6', 'bank/q7']).toContain(key);
  });

  it('filters by area and refuses when nothing matches', async () => {
    const user = userEvent.setup();
    await seed('first', builtIn('cpc'), 'exam', 0, 3, 4);
    renderAt('/history/study');
    await user.click(await screen.findByRole('checkbox', { name: 'Anatomy (2)' }));
    expect(screen.getByText('2 questions match; the quiz will have 2.')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'HCPCS Level II (2)' }));
    expect(screen.getByText('0 questions match.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start practice quiz' })).toBeDisabled();
  });
});
