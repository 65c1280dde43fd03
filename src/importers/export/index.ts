import type { BankFileFormat } from '../types';
import { exportAiken } from './aiken';
import { exportCsv } from './csv';
import { exportGift } from './gift';
import { exportMoodleXml } from './moodleXml';
import { exportNative } from './native';
import { exportQti } from './qti';
import type { Exporter } from './types';

/** A writer for every format the importers read, so any bank can be written in any of them. */
export const EXPORTERS: Readonly<Record<BankFileFormat, Exporter>> = {
  native: exportNative,
  gift: exportGift,
  csv: exportCsv,
  aiken: exportAiken,
  'moodle-xml': exportMoodleXml,
  qti: exportQti,
};

export const FILE_EXTENSIONS: Readonly<Record<BankFileFormat, string>> = {
  native: 'json',
  gift: 'gift',
  csv: 'csv',
  aiken: 'txt',
  'moodle-xml': 'xml',
  qti: 'xml',
};

export const BANK_FILE_FORMATS: readonly BankFileFormat[] = [
  'native',
  'gift',
  'csv',
  'aiken',
  'moodle-xml',
  'qti',
];

export function isBankFileFormat(value: string): value is BankFileFormat {
  return (BANK_FILE_FORMATS as readonly string[]).includes(value);
}

export type { BankMeta, Exporter, ExportResult, Skipped } from './types';
