import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { routes } from '../../src/app/router';
import { offerUpdate, reloadWhenSafe, useUpdateStore } from '../../src/features/settings/updateStore';
import { exportBackup } from '../../src/storage/backup';
import { db } from '../../src/storage/db';
import { single } from '../support/fixtures';

const T0 = Date.UTC(2026, 5, 1, 9);

function renderAt(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(<RouterProvider router={router} />);
  return router;
}

async function openSettings() {
  const router = renderAt('/settings');
  await screen.findByRole('heading', { level: 1, name: 'Settings and backup' });
  return router;
}

/** Stands in for navigator.storage, which jsdom lacks. */
function fakeStorage(persisted: boolean, grant: boolean) {
  const storage = {
    estimate: vi.fn(async () => ({ usage: 2_400_000, quota: 10_000_000_000 })),
    persisted: vi.fn(async () => persisted),
    persist: vi.fn(async () => grant),
  };
  Object.defineProperty(navigator, 'storage', { value: storage, configurable: true });
  return storage;
}

async function addBank(id: string, questionCount: number) {
  await db.banks.add({
    id,
    title: `Bank ${id}`,
    author: '',
    license: '',
    description: '',
    origin: 'imported',
    fileName: `${id}.json`,
    fileFormat: 'native',
    importedAt: T0,
    questionCount,
    supply: {},
  });
  await db.questions.bulkAdd(
    Array.from({ length: questionCount }, (_, i) => single(`q${i}`, 'anatomy', 'A', id)),
  );
}

function backupFile(text: string, name = 'backup.json') {
  return new File([text], name, { type: 'application/json' });
}

beforeEach(async () => {
  await db.delete();
  await db.open();
  // The layout seeds the sample banks on first run; marking them seeded keeps these tests' rows alone.
  await db.settings.put({ key: 'shippedBanksVersion', value: 99 });
  fakeStorage(false, true);
});

afterEach(() => {
  useUpdateStore.setState({ apply: null, dismissed: false, reloadAfterExam: false });
});

describe('backup', () => {
  it('says what the browser holds and downloads a backup file', async () => {
    await addBank('b1', 3);
    const createObjectURL = vi.fn((_blob: Blob) => 'blob:backup');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await openSettings();
    expect(
      await screen.findByText(/This browser holds 1 question bank \(3 questions\), 0 attempts/),
    ).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Download a backup' }));
    expect(await screen.findByText(/Saved/)).toHaveTextContent(
      /coding-exam-simulator-backup-\d{4}-\d\d-\d\d\.json/,
    );
    expect(click).toHaveBeenCalledOnce();
    const blob = createObjectURL.mock.calls[0]?.[0];
    const backup = JSON.parse((await blob?.text()) ?? '');
    expect(backup.format).toBe('coding-exam-simulator-backup');
    expect(backup.questions).toHaveLength(3);
  });

  it('imports a backup, says what was added, and adds nothing the second time', async () => {
    await addBank('b1', 3);
    const text = await (await exportBackup(new Date(T0))).blob.text();
    await db.banks.clear();
    await db.questions.clear();
    await openSettings();
    const picker = screen.getByLabelText('Choose a backup file to import');

    await userEvent.upload(picker, backupFile(text));
    const status = await screen.findByText(/Imported backup\.json: 4 rows added; 1 row was already here/);
    expect(status).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'What the backup held' });
    expect(within(table).getByRole('row', { name: 'Questions 3 0' })).toBeInTheDocument();
    expect(await screen.findByText(/This browser holds 1 question bank \(3 questions\)/)).toBeInTheDocument();

    await userEvent.upload(picker, backupFile(text));
    expect(
      await screen.findByText(/Imported backup\.json: 0 rows added; 5 rows were already here/),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('table', { name: 'What the backup held' })).getByRole('row', {
        name: 'Questions 0 3',
      }),
    ).toBeInTheDocument();
    expect(await db.questions.count()).toBe(3);
  });

  it('refuses a truncated backup with the line and the reason, and changes nothing', async () => {
    await addBank('b1', 3);
    const text = await (await exportBackup(new Date(T0))).blob.text();
    await db.questions.clear();
    await openSettings();
    await userEvent.upload(
      screen.getByLabelText('Choose a backup file to import'),
      backupFile(text.slice(0, 400), 'cut.json'),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('cut.json was not imported, and nothing was changed.');
    expect(alert).toHaveTextContent(/cut\.json:\d+: .*not valid JSON/);
    expect(await db.questions.count()).toBe(0);
  });
});

describe('storage', () => {
  it('shows the space used and that persistent storage was not granted, and asks again', async () => {
    const storage = fakeStorage(false, true);
    await openSettings();
    expect(await screen.findByText(/This app uses/)).toHaveTextContent(
      'This app uses 2.4 MB of the 10.0 GB the browser allows it.',
    );
    expect(screen.getByText(/Persistent storage: not granted/)).toBeInTheDocument();
    storage.persisted.mockResolvedValue(true);
    await userEvent.click(screen.getByRole('button', { name: 'Ask for persistent storage again' }));
    expect(await screen.findByText('The browser granted persistent storage.')).toBeInTheDocument();
    expect(screen.getByText(/Persistent storage: granted/)).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Ask for persistent storage again' }),
    ).not.toBeInTheDocument();
  });

  it('says so when the browser refuses', async () => {
    fakeStorage(false, false);
    await openSettings();
    await userEvent.click(await screen.findByRole('button', { name: 'Ask for persistent storage again' }));
    expect(await screen.findByText(/The browser said no for now/)).toBeInTheDocument();
  });
});

describe('delete all data', () => {
  it('needs the confirmation word typed, then empties everything', async () => {
    await addBank('b1', 3);
    await openSettings();
    const confirm = screen.getByLabelText('Type DELETE to confirm');
    await userEvent.type(confirm, 'delete');
    await userEvent.click(screen.getByRole('button', { name: 'Delete all data' }));
    expect(
      await screen.findByText(/Type DELETE in capital letters to confirm. Nothing was deleted./),
    ).toBeInTheDocument();
    expect(confirm).toHaveFocus();
    expect(confirm).toHaveAttribute('aria-invalid', 'true');
    expect(await db.questions.count()).toBe(3);

    await userEvent.clear(confirm);
    await userEvent.type(confirm, 'DELETE');
    await userEvent.click(screen.getByRole('button', { name: 'Delete all data' }));
    expect(await screen.findByText(/All data in this browser was deleted/)).toBeInTheDocument();
    expect(await db.questions.count()).toBe(0);
    expect(await db.banks.count()).toBe(0);
    expect(await screen.findByText(/This browser holds 0 question banks/)).toBeInTheDocument();
  });
});

describe('update prompt', () => {
  it('offers a new version; Update now installs it and Later puts it away', async () => {
    const apply = vi.fn(async () => {});
    renderAt('/guide');
    act(() => offerUpdate(apply));
    const prompt = await screen.findByRole('complementary', { name: 'App update' });
    expect(within(prompt).getByText('A new version is ready.')).toBeInTheDocument();
    await userEvent.click(within(prompt).getByRole('button', { name: 'Update now' }));
    expect(apply).toHaveBeenCalledOnce();

    act(() => offerUpdate(apply));
    await userEvent.click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.queryByRole('complementary', { name: 'App update' })).not.toBeInTheDocument();
  });

  it('during an exam it only says the update waits, and reloads once the exam is left', async () => {
    const reload = vi.fn();
    useUpdateStore.setState({ reload });
    const router = renderAt('/exam/some-attempt');
    act(() => offerUpdate(vi.fn(async () => {})));
    act(() => reloadWhenSafe('/exam/some-attempt'));
    expect(
      await screen.findByText('A new version of the app is ready. It will be installed after this exam.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Update now' })).not.toBeInTheDocument();
    expect(reload).not.toHaveBeenCalled();

    await act(() => router.navigate('/history'));
    expect(reload).toHaveBeenCalledOnce();
  });

  it('outside an exam the new version reloads the page at once', () => {
    const reload = vi.fn();
    useUpdateStore.setState({ reload });
    reloadWhenSafe('/results/a1/review');
    expect(reload).toHaveBeenCalledOnce();
  });
});
