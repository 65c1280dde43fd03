import { exportGift } from '../../importers/export/gift';
import { exportNative } from '../../importers/export/native';
import { questionsOfBanks } from '../../storage/banks';
import type { BankRow } from '../../storage/db';
import { downloadText } from '../../ui/download';
import { fileSlug } from './fileSlug';

export type ExportFormat = 'native' | 'gift';

const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** Writes a saved bank to a file download and says what was written, and what GIFT had to leave out. */
export async function exportBank(bank: BankRow, format: ExportFormat): Promise<string> {
  const questions = await questionsOfBanks([bank.id]);
  const result = format === 'native' ? exportNative(bank, questions) : exportGift(bank, questions);
  const fileName = `${fileSlug(bank.title)}.${format === 'native' ? 'json' : 'gift'}`;
  downloadText(fileName, result.text, format === 'native' ? 'application/json' : 'text/plain');
  const parts = [`Exported ${plural(result.written, 'question')} to ${fileName}.`];
  if (result.skipped.length > 0) {
    const cases = result.skipped.filter((s) => /coding case/.test(s.reason)).length;
    const other = result.skipped.length - cases;
    if (cases > 0)
      parts.push(
        `${plural(cases, 'coding case')} left out: GIFT cannot write a medical record and its codes; export as JSON to keep them.`,
      );
    if (other > 0)
      parts.push(
        `${plural(other, 'other question')} left out (${result.skipped
          .filter((s) => !/coding case/.test(s.reason))
          .map((s) => `${s.id}: ${s.reason}`)
          .slice(0, 5)
          .join('; ')}).`,
      );
  }
  if (result.approximated.length > 0)
    parts.push(
      `${plural(result.approximated.length, 'short answer')} will be compared without regard to case in GIFT.`,
    );
  if (format === 'gift' && questions.some((q) => q.references.length > 0))
    parts.push('GIFT has no place for references, so they are not in the file.');
  return parts.join(' ');
}
