import { parseNative } from '../importers/native';
import { describeProblem } from '../importers/types';
import { saveBank } from './banks';
import { readSetting, writeSetting } from './settings';

/** Raise when the shipped banks change, so existing browsers receive the new questions. */
export const SHIPPED_BANKS_VERSION = 1;

const SHIPPED: readonly { id: string; fileName: string; load: () => Promise<string> }[] = [
  {
    id: 'shipped-professional',
    fileName: 'professional-coding-sample.json',
    load: async () => (await import('../../question-banks/professional-coding-sample.json?raw')).default,
  },
  {
    id: 'shipped-inpatient',
    fileName: 'inpatient-coding-sample.json',
    load: async () => (await import('../../question-banks/inpatient-coding-sample.json?raw')).default,
  },
  {
    id: 'shipped-billing',
    fileName: 'billing-coding-specialist-sample.json',
    load: async () =>
      (await import('../../question-banks/billing-coding-specialist-sample.json?raw')).default,
  },
];

const isNumber = (v: unknown): v is number => typeof v === 'number';

/**
 * Loads the sample banks on first run (and when they change). A bank the candidate deleted stays
 * deleted until the shipped version changes.
 */
export async function seedShippedBanks(now: number): Promise<boolean> {
  const seeded = await readSetting('shippedBanksVersion', isNumber);
  if (seeded !== undefined && seeded >= SHIPPED_BANKS_VERSION) return false;
  for (const bank of SHIPPED) {
    const result = parseNative({ fileName: bank.fileName, text: await bank.load(), bankId: bank.id });
    if (!result.ok)
      throw new Error(`Shipped bank is invalid: ${result.problems.map(describeProblem).join('; ')}`);
    await saveBank({
      id: bank.id,
      draft: result.bank,
      origin: 'shipped',
      fileName: bank.fileName,
      fileFormat: 'native',
      importedAt: now,
    });
  }
  await writeSetting('shippedBanksVersion', SHIPPED_BANKS_VERSION);
  return true;
}
