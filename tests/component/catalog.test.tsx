import { render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { routes } from '../../src/app/router';

function renderAt(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  return render(<RouterProvider router={router} />);
}

describe('catalog', () => {
  it('lists every built-in format with its facts', () => {
    renderAt('/');
    const cards = screen.getAllByRole('article');
    expect(cards).toHaveLength(12);
    const coc = screen.getByRole('article', { name: 'COC: Certified Outpatient Coder' });
    expect(within(coc).getByText('$399 (non-members); $325 (members)')).toBeInTheDocument();
    expect(within(coc).getByText('One free retake for members')).toBeInTheDocument();
  });

  it('a format page shows the CIC parts as two tables', async () => {
    renderAt('/formats/cic');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'CIC: Certified Inpatient Coder' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Multiple choice: 60' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Inpatient coding cases: 10' })).toBeInTheDocument();
  });

  it('an unknown format says so and links back', async () => {
    renderAt('/formats/nope');
    expect(await screen.findByRole('heading', { name: 'Unknown exam format' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See all exams' })).toHaveAttribute('href', '/');
  });
});
