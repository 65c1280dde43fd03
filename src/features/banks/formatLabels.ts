import { isBankFileFormat } from '../../importers/export';
import type { BankFileFormat } from '../../importers/types';

// The importers' own labels, restated so the library page does not load the parsers to show them.
export const FORMAT_LABELS: Readonly<Record<BankFileFormat, string>> = {
  native: 'Native bank (JSON)',
  gift: 'Moodle GIFT',
  csv: 'Spreadsheet (CSV)',
  aiken: 'Aiken (Moodle)',
  'moodle-xml': 'Moodle XML',
  qti: 'IMS QTI 2.1 / 3.0',
};

export function formatLabel(format: string): string {
  return isBankFileFormat(format) ? FORMAT_LABELS[format] : format;
}
