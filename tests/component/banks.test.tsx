import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { routes } from '../../src/app/router';
import { saveBank } from '../../src/storage/banks';
import { db } from '../../src/storage/db';
import { bankFor, builtIn, single } from '../support/fixtures';

function renderBanks() {
  const router = createMemoryRouter(routes, { initialEntries: ['/banks'] });
  render(<RouterProvider router={router} />);
}

const blank = { author: '', license: '', description: '' };

async function seedCpcBank(title = 'CPC drill bank') {
  await saveBank({
    id: 'cpc-bank',
    draft: { ...blank, title, questions: bankFor(builtIn('cpc')).map((q) => ({ ...q, bankId: 'cpc-bank' })) },
    origin: 'imported',
    fileName: 'cpc.json',
    fileFormat: 'native',
    importedAt: Date.UTC(2026, 0, 5),
  });
}

async function seedSmallBank() {
  await saveBank({
    id: 'small',
    draft: {
      ...blank,
      title: 'Anesthesia starter',
      questions: [single('a1', 'anesthesia'), single('a2', 'anesthesia')],
    },
    origin: 'imported',
    fileName: 'starter.gift',
    fileFormat: 'gift',
    importedAt: Date.UTC(2026, 0, 6),
  });
}

const GIFT = `$CATEGORY: anesthesia

::gift-1::[html]<p>Which <b>ASA</b> class describes a healthy patient? <img src=x onerror="alert(1)"></p> {
=ASA I
~ASA III
####ASA I is a normal healthy patient.}

::gift-2::Which HCPCS Level II code series covers durable medical equipment? {=E codes ~J codes}
`;

async function paste(text: string, fileName = 'starter.gift') {
  const user = userEvent.setup();
  await user.click(screen.getByText('Paste bank text instead'));
  const box = screen.getByRole('textbox', { name: 'Bank text' });
  await user.click(box);
  await user.paste(text);
  const name = screen.getByRole('textbox', { name: 'File name for messages' });
  await user.clear(name);
  await user.type(name, fileName);
  await user.click(screen.getByRole('button', { name: 'Check pasted text' }));
  return user;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

beforeEach(async () => {
  await db.delete();
  await db.open();
  // The shipped samples are left out so each test knows exactly which banks exist.
  await db.settings.put({ key: 'shippedBanksVersion', value: 99 });
});

describe('bank library', () => {
  it('lists each bank with its count, areas and coverage of the built-in formats', async () => {
    await seedCpcBank();
    await seedSmallBank();
    renderBanks();
    expect(await screen.findByRole('heading', { level: 1, name: 'Question banks' })).toBeInTheDocument();

    const cpc = await screen.findByRole('article', { name: 'CPC drill bank' });
    expect(within(cpc).getByText('150 questions')).toBeInTheDocument();
    expect(
      within(cpc).getByText(
        /enough for a CPC, COC, CRC, CASCC, CEDC, CHONC, CEMC, CPC \(newer format\) or CRC \(newer format\) form/,
      ),
    ).toBeInTheDocument();
    expect(
      within(cpc).getByText(
        'CIC: short by 14 in ICD-10-PCS, 12 in Inpatient guidelines (UHDDS, POA), 10 in Inpatient payment (MS-DRG, IPPS) and 10 in Inpatient coding cases.',
      ),
    ).toBeInTheDocument();

    const small = screen.getByRole('article', { name: 'Anesthesia starter' });
    expect(within(small).getByText('2 questions')).toBeInTheDocument();
    expect(
      within(small).getByText(/On its own, it is not enough for a full form of any built-in exam\./),
    ).toBeInTheDocument();
    expect(
      within(small).getByRole('table', { name: 'Questions per area in Anesthesia starter' }),
    ).toHaveTextContent('Anesthesia2');
    expect(
      within(small).getByText(/Imported from starter\.gift on .*; read as Moodle GIFT\./),
    ).toBeInTheDocument();
  });

  it('renames a bank with a labelled box and Save', async () => {
    await seedSmallBank();
    renderBanks();
    const user = userEvent.setup();
    const card = await screen.findByRole('article', { name: 'Anesthesia starter' });
    await user.click(within(card).getByRole('button', { name: 'Rename' }));
    const box = within(card).getByRole('textbox', { name: 'New title' });
    expect(box).toHaveFocus();
    await user.clear(box);
    await user.click(within(card).getByRole('button', { name: 'Save' }));
    expect(within(card).getByRole('alert')).toHaveTextContent('The title cannot be empty.');
    await user.type(box, 'Anesthesia basics');
    await user.click(within(card).getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('article', { name: 'Anesthesia basics' })).toBeInTheDocument();
    expect((await db.banks.get('small'))?.title).toBe('Anesthesia basics');
  });

  it('deletes a bank only after confirming, saying past attempts keep their questions', async () => {
    await seedSmallBank();
    await seedCpcBank();
    renderBanks();
    const user = userEvent.setup();
    const card = await screen.findByRole('article', { name: 'Anesthesia starter' });
    await user.click(within(card).getByRole('button', { name: 'Delete' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete “Anesthesia starter”?' });
    expect(dialog).toHaveTextContent('Past attempts keep their own frozen copies of the questions they used');
    await user.click(within(dialog).getByRole('button', { name: 'Keep bank' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await db.banks.count()).toBe(2);

    await user.click(within(card).getByRole('button', { name: 'Delete' }));
    await user.click(screen.getByRole('button', { name: 'Delete bank' }));
    await waitFor(() =>
      expect(screen.queryByRole('article', { name: 'Anesthesia starter' })).not.toBeInTheDocument(),
    );
    expect(await db.questions.where('bankId').equals('small').count()).toBe(0);
    expect(screen.getByRole('article', { name: 'CPC drill bank' })).toBeInTheDocument();
  });

  it('exports a bank to GIFT and says what GIFT could not hold', async () => {
    const inpatient = bankFor(builtIn('cic')).map((q) => ({ ...q, bankId: 'cic' }));
    await saveBank({
      id: 'cic',
      draft: { ...blank, title: 'Inpatient drill', questions: inpatient },
      origin: 'imported',
      fileName: 'cic.json',
      fileFormat: 'native',
      importedAt: 1,
    });
    const blobs: Blob[] = [];
    vi.stubGlobal(
      'URL',
      class extends URL {
        static override createObjectURL(blob: Blob): string {
          blobs.push(blob);
          return 'blob:bank';
        }
        static override revokeObjectURL(): void {}
      },
    );
    renderBanks();
    const user = userEvent.setup();
    const card = await screen.findByRole('article', { name: 'Inpatient drill' });
    await user.click(within(card).getByRole('button', { name: 'Export as GIFT' }));
    expect(
      await within(card).findByText(
        /Exported 60 questions to inpatient-drill.gift. 10 coding cases left out/,
      ),
    ).toBeInTheDocument();
    expect(await blobs[0]?.text()).toContain('$CATEGORY: icd-10-cm');
  });
});

describe('import preview', () => {
  it('previews a pasted GIFT bank safely, saves it under an edited title, and lists it', async () => {
    renderBanks();
    await screen.findByRole('heading', { level: 1, name: 'Question banks' });
    const user = await paste(GIFT);

    const preview = await screen.findByRole('region', { name: 'Preview of starter.gift' });
    expect(within(preview).getByText(/Read as Moodle GIFT: 2 questions/)).toBeInTheDocument();
    expect(within(preview).getByRole('table', { name: 'Questions per area' })).toHaveTextContent(
      'Anesthesia2',
    );
    const first = within(preview).getByRole('article', { name: 'Question 1: Anesthesia, one answer' });
    expect(within(first).getByText('ASA')).toContainHTML('<b>ASA</b>');
    // The image and its handler are removed by the sanitiser.
    expect(first.querySelector('img')).toBeNull();
    expect(within(first).getByText('ASA I is a normal healthy patient.')).toBeInTheDocument();
    expect(await db.banks.count()).toBe(0);

    const title = within(preview).getByRole('textbox', { name: 'Bank title' });
    expect(title).toHaveValue('starter');
    await user.clear(title);
    await user.type(title, 'Anesthesia from Moodle');
    await user.click(within(preview).getByRole('button', { name: 'Save bank' }));

    expect(await screen.findByText(/Saved “Anesthesia from Moodle” with 2 questions/)).toBeInTheDocument();
    const card = await screen.findByRole('article', { name: 'Anesthesia from Moodle' });
    expect(within(card).getByText('2 questions')).toBeInTheDocument();
    const saved = await db.banks.toArray();
    expect(saved).toHaveLength(1);
    expect(saved[0]?.fileFormat).toBe('gift');
    expect(
      await db.questions
        .where('bankId')
        .equals(saved[0]?.id ?? '')
        .count(),
    ).toBe(2);
  });

  it('lists every problem of a rejected file with its line and saves nothing', async () => {
    await seedSmallBank();
    renderBanks();
    await screen.findByRole('article', { name: 'Anesthesia starter' });
    await paste('::broken::Which code? {=I10 ~I11.9\n\n::ok::Fine? {T}\n', 'broken.gift');

    const problems = await screen.findByRole('heading', { name: 'Problems in broken.gift' });
    const list = problems.parentElement;
    if (!list) throw new Error('no problem list');
    expect(
      within(list).getByText(/^broken\.gift:1: the answer block opened on line 1 is never closed/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/broken.gift was not imported: 1 problem found. Nothing was saved./),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save bank' })).not.toBeInTheDocument();
    expect(await db.banks.count()).toBe(1);
    expect(await db.questions.count()).toBe(2);
  });

  it('uses the chosen format when one is picked, and discards a preview on request', async () => {
    renderBanks();
    await screen.findByRole('heading', { level: 1, name: 'Question banks' });
    const user = userEvent.setup();
    await user.click(screen.getByText('Paste bank text instead'));
    await user.click(screen.getByRole('textbox', { name: 'Bank text' }));
    await user.paste('Which code reports essential hypertension?\nA. I10\nB. I11.9\nANSWER: A\n');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Format' }), 'Aiken (Moodle)');
    await user.click(screen.getByRole('button', { name: 'Check pasted text' }));
    const preview = await screen.findByRole('region', { name: 'Preview of pasted-bank.txt' });
    expect(within(preview).getByText(/Read as Aiken \(Moodle\): 1 question\./)).toBeInTheDocument();
    await user.click(within(preview).getByRole('button', { name: 'Discard' }));
    expect(screen.queryByRole('region', { name: /Preview of/ })).not.toBeInTheDocument();
    expect(screen.getByText('pasted-bank.txt was not saved.')).toBeInTheDocument();
    expect(await db.banks.count()).toBe(0);
  });

  it('imports a chosen file', async () => {
    renderBanks();
    await screen.findByRole('heading', { level: 1, name: 'Question banks' });
    const user = userEvent.setup();
    const file = new File([GIFT], 'picked.gift', { type: 'text/plain' });
    await user.upload(screen.getByLabelText('Choose a bank file'), file);
    expect(await screen.findByRole('region', { name: 'Preview of picked.gift' })).toBeInTheDocument();
  });
});
