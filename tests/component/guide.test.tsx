import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { routes } from '../../src/app/router';

function renderAt(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(<RouterProvider router={router} />);
  return { user: userEvent.setup(), router };
}

// The guide is loaded lazily: wait for the page's one h1.
const heading = (name: string) => screen.findByRole('heading', { level: 1, name });

const status = () => screen.getByRole('status');

describe('guide index', () => {
  it('links to every guide page', async () => {
    const { user, router } = renderAt('/guide');
    await heading('Certification guide');
    for (const name of ['Compare certifications', 'Plan your costs', 'Exam-day pacing', 'Career context']) {
      expect(screen.getByRole('link', { name })).toBeInTheDocument();
    }
    await user.click(screen.getByRole('link', { name: 'Plan your costs' }));
    await heading('Plan your costs');
    expect(router.state.location.pathname).toBe('/guide/costs');
    expect(document.title).toBe('Plan your costs · Coding Exam Simulator');
  });

  it('an unknown guide page says so', async () => {
    renderAt('/guide/nope');
    await heading('Guide page not found');
  });
});

describe('compare', () => {
  const rowHeaders = () =>
    within(screen.getByRole('table', { name: 'Certification exams compared' }))
      .getAllByRole('rowheader')
      .map((th) => th.textContent);

  it('shows every built-in format in a labelled scrolling region, defaults first', async () => {
    renderAt('/guide/compare');
    await heading('Compare certifications');
    expect(screen.getByRole('region', { name: 'Certification exams compared' })).toBeInTheDocument();
    const rows = rowHeaders();
    expect(rows).toHaveLength(12);
    expect(rows[0]).toBe('CPC Certified Professional Coder');
    expect(rows.slice(9)).toEqual([
      'CPC Certified Professional Coder newer format',
      'CIC Certified Inpatient Coder newer format',
      'CRC Certified Risk Adjustment Coder newer format',
    ]);
  });

  it('shows the facts and fees of a row from the format data', async () => {
    renderAt('/guide/compare');
    await heading('Compare certifications');
    const row = (code: string) =>
      screen
        .getAllByRole('row')
        .find((r) => within(r).queryByRole('rowheader')?.textContent?.startsWith(code));
    const cells = (code: string) =>
      within(row(code) ?? document.body)
        .getAllByRole('cell')
        .map((c) => c.textContent);
    expect(cells('COC')).toEqual([
      'AAPC',
      '150 questions',
      '5 h 40 min',
      '70%',
      'Code books only',
      'Two years of coding experience and AAPC membership; most candidates hold an associate degree.',
      '$325',
      '$325',
      '$399',
      '$399',
      '1 (members)',
      'None stated',
    ]);
    expect(cells('CMCS')).toEqual([
      'AMBA',
      '100 questions',
      '10-day window',
      '80%',
      'Open book and notes',
      'One year of coding experience, a completed training program, or another recognised certification.',
      '$325',
      'Not stated',
      'Membership required',
      'Membership required',
      '2 (members)',
      'None stated',
    ]);
    expect(cells('CEMC').slice(-2)).toEqual(['1 (members)', 'Within 12 months']);
  });

  it('sorts by a column with aria-sort, reverses, and returns to the default order', async () => {
    const { user } = renderAt('/guide/compare');
    await heading('Compare certifications');
    const passHeader = screen.getByRole('columnheader', { name: 'Pass mark' });
    expect(passHeader).toHaveAttribute('aria-sort', 'none');

    await user.click(within(passHeader).getByRole('button', { name: 'Pass mark' }));
    expect(passHeader).toHaveAttribute('aria-sort', 'ascending');
    expect(rowHeaders().at(-1)).toMatch(/^CMCS/);
    expect(status()).toHaveTextContent('Sorted by Pass mark, ascending.');

    await user.click(within(passHeader).getByRole('button', { name: 'Pass mark' }));
    expect(passHeader).toHaveAttribute('aria-sort', 'descending');
    expect(rowHeaders()[0]).toMatch(/^CMCS/);

    const timeButton = screen.getByRole('button', { name: 'Time' });
    timeButton.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('columnheader', { name: 'Time' })).toHaveAttribute('aria-sort', 'ascending');
    expect(passHeader).toHaveAttribute('aria-sort', 'none');
    expect(rowHeaders().slice(0, 3)).toEqual([
      'CPC Certified Professional Coder newer format',
      'CIC Certified Inpatient Coder newer format',
      'CRC Certified Risk Adjustment Coder newer format',
    ]);

    await user.click(screen.getByRole('button', { name: 'Default order' }));
    expect(rowHeaders()[0]).toBe('CPC Certified Professional Coder');
  });

  it('keeps fees the source does not state last in both directions', async () => {
    const { user } = renderAt('/guide/compare');
    await heading('Compare certifications');
    const button = screen.getByRole('button', { name: 'Non-member, online' });
    await user.click(button);
    const ascending = rowHeaders();
    await user.click(button);
    const descending = rowHeaders();
    for (const order of [ascending, descending]) {
      expect(order.slice(-5).map((r) => r?.split(' ')[0])).toEqual([
        'CASCC',
        'CEDC',
        'CHONC',
        'CEMC',
        'CMCS',
      ]);
    }
    expect(ascending[0]).toMatch(/^CPC/);
  });
});

describe('cost planner', () => {
  async function choose(
    user: ReturnType<typeof userEvent.setup>,
    cert: string,
    member: 'Member' | 'Not a member',
    attempts: number,
  ) {
    await user.selectOptions(screen.getByRole('combobox', { name: 'Certification' }), cert);
    await user.click(screen.getByRole('radio', { name: member }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Expected attempts' }), String(attempts));
  }

  const lines = () =>
    within(screen.getByRole('region', { name: /^Estimate for/ }))
      .getAllByRole('listitem')
      .map((li) => li.firstChild?.textContent);

  it('non-member COC twice: $399 + $399 = $798', async () => {
    const { user } = renderAt('/guide/costs');
    await heading('Plan your costs');
    await choose(user, 'coc', 'Not a member', 2);
    expect(status()).toHaveTextContent('Total for 2 attempts: $798');
    expect(lines()).toEqual(
      expect.arrayContaining(['Attempt 1: $399 (non-member fee)', 'Attempt 2: $399 (non-member fee)']),
    );
    expect(screen.getByText(/Free retakes are for AAPC members only/)).toBeInTheDocument();
  });

  it('member COC twice: $325 with one free retake', async () => {
    const { user } = renderAt('/guide/costs');
    await heading('Plan your costs');
    await choose(user, 'coc', 'Member', 2);
    expect(status()).toHaveTextContent('Total for 2 attempts: $325');
    expect(lines()).toEqual(
      expect.arrayContaining(['Attempt 1: $325 (member fee)', 'Attempt 2: $0 (free retake for members)']),
    );
    expect(screen.getAllByText(/^Source: .*source article/)).toHaveLength(2);
  });

  it('CMCS three attempts: $325 with two free retakes, plus the optional study guide', async () => {
    const { user } = renderAt('/guide/costs');
    await heading('Plan your costs');
    await choose(user, 'cmcs', 'Not a member', 3);
    expect(status()).toHaveTextContent('Total for 3 attempts: $325');
    expect(screen.getByText(/AMBA membership is required for CMCS/)).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Membership of AMBA' })).toBeInTheDocument();

    const guide = screen.getByRole('checkbox', { name: 'AMBA study guide (optional), $199' });
    await user.click(guide);
    expect(status()).toHaveTextContent('$524');
    expect(lines()).toContain('AMBA study guide (optional): $199');
    await user.click(guide);
    expect(status()).toHaveTextContent('$325');
  });

  it('CPC prices online and in person apart and notes that retakes are not stated', async () => {
    const { user } = renderAt('/guide/costs');
    await heading('Plan your costs');
    expect(status()).toHaveTextContent('Total for 1 attempt: $299');
    await user.click(screen.getByRole('radio', { name: 'In person' }));
    expect(status()).toHaveTextContent('$399');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Expected attempts' }), '10');
    expect(status()).toHaveTextContent('Total for 10 attempts: $3990');
    expect(screen.getByText(/does not state a retake policy for CPC/)).toBeInTheDocument();
  });
});

describe('pacing', () => {
  it('CPC: 2 min 16 s a question with hourly checkpoints', async () => {
    renderAt('/guide/pacing');
    await heading('Exam-day pacing');
    const plan = screen.getByRole('region', { name: 'Pace for CPC' });
    expect(within(plan).getByText('2 min 16 s')).toBeInTheDocument();
    expect(within(plan).getByText('By 1 h you should be near question 26')).toBeInTheDocument();
  });

  it('applies the accommodation to timed exams', async () => {
    const { user } = renderAt('/guide/pacing');
    await heading('Exam-day pacing');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Extra time (accommodation)' }), '1.5');
    const plan = screen.getByRole('region', { name: 'Pace for CPC' });
    expect(within(plan).getByText('8 h 30 min')).toBeInTheDocument();
    expect(within(plan).getByText('3 min 24 s')).toBeInTheDocument();
    expect(within(plan).getByText('By 1 h 30 min you should be near question 26')).toBeInTheDocument();
  });

  it('CIC states its case rule and gives a time per case', async () => {
    const { user } = renderAt('/guide/pacing');
    await heading('Exam-day pacing');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Certification' }), 'cic');
    const plan = screen.getByRole('region', { name: 'Pace for CIC' });
    expect(
      within(plan).getByText(/Assumption: a coding case counts as 5 multiple-choice questions/),
    ).toBeVisible();
    expect(within(plan).getByText('15 min 27 s')).toBeInTheDocument();
    expect(within(plan).getByText('By 4 h you should be near case 4')).toBeInTheDocument();
  });

  it('CMCS is paced per day and says extra time does not stretch the window', async () => {
    const { user } = renderAt('/guide/pacing');
    await heading('Exam-day pacing');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Certification' }), 'cmcs');
    const plan = screen.getByRole('region', { name: 'Pace for CMCS' });
    expect(within(plan).getByText('About 10 questions a day')).toBeInTheDocument();
    expect(within(plan).getByText('By the end of day 3 you should be near question 30')).toBeInTheDocument();
    expect(within(plan).getByText(/100 is assumed/)).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Extra time (accommodation)' })).toHaveAccessibleDescription(
      /stretches timed exams only/,
    );
  });
});

describe('career', () => {
  it('shows the salary chart and the same numbers in a table, with the source named', async () => {
    renderAt('/guide/career');
    await heading('Career context');
    const chart = screen.getByRole('img', { name: /Median salary by experience \(source: Payscale\)/ });
    expect(chart).toHaveAccessibleName(
      'Median salary by experience (source: Payscale): Average medical coder $42,930; Entry-level $36,540; Mid-career $48,350; Late-career $50,440',
    );
    const table = screen.getByRole('table', { name: 'Median salary by experience (source: Payscale)' });
    expect(
      within(table)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['$42,930', '$36,540', '$48,350', '$50,440']);
  });

  it('shows programs, accreditation, organisations and job growth', async () => {
    renderAt('/guide/career');
    await heading('Career context');
    expect(screen.getByText(/takes 1-2 years and 18-30 credits/)).toBeInTheDocument();
    expect(screen.getByText(/\(CAHIIM\)$/)).toBeInTheDocument();
    const aapc = screen.getByRole('article', { name: 'AAPC: American Academy of Professional Coders' });
    expect(within(aapc).getByText('Founded in 1988')).toBeInTheDocument();
    expect(within(aapc).getByText('28 certifications')).toBeInTheDocument();
    expect(screen.getByText('Roots dating back to 1928')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Job outlook' })).toHaveTextContent(
      '8% job growth for medical records technicians, 2019-2029. Source: Bureau of Labor Statistics (BLS).',
    );
  });
});
