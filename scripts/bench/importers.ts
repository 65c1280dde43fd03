import { performance } from 'node:perf_hooks';
import { syntheticBankText } from '../../src/importers/export/synthetic';
import { importBankFile } from '../../src/importers/registry';
import type { BankFileFormat } from '../../src/importers/types';
import { fmt, median, printTable } from './stats';

const FORMATS: readonly [BankFileFormat, string][] = [
  ['native', 'bank.json'],
  ['gift', 'bank.gift'],
  ['csv', 'bank.csv'],
  ['aiken', 'bank.txt'],
  ['moodle-xml', 'bank.xml'],
  ['qti', 'bank.qti'],
];

/** Detecting, parsing and validating a 10,000-question bank in each format (the budget is 2 s with storing). */
export function benchImporters(count = 10_000): void {
  const rows: string[][] = [];
  for (const [format, fileName] of FORMATS) {
    const text = syntheticBankText(format, { count, seed: 7 });
    const samples: number[] = [];
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      const result = importBankFile({ fileName, text, bankId: 'bench' });
      samples.push(performance.now() - start);
      if (!result.ok) throw new Error(`${format}: the synthetic bank was rejected`);
    }
    rows.push([format, fmt(text.length / 1_048_576, 1), fmt(median(samples), 0)]);
  }
  printTable(
    `Importing ${count.toLocaleString('en-US')} questions (Node, median of 5)`,
    ['format', 'MB', 'ms'],
    rows,
  );
}
