/**
 * Writes a synthetic bank for benchmarks and load tests: N questions (10,000 by default), the same
 * for the same seed, spread over every area of the built-in blueprints.
 *
 *   npx tsx scripts/generate-bank.ts [--count 10000] [--format native] [--seed 1] [--out FILE]
 *
 * FORMAT is native, gift, csv, aiken, moodle-xml or qti; without --out the bank goes to stdout.
 * Coding cases are written only in native JSON; Aiken has no areas. The pure generator is
 * syntheticQuestions / syntheticBankText in src/importers/export/synthetic.ts.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BANK_FILE_FORMATS, isBankFileFormat } from '../src/importers/export';
import { syntheticBankText } from '../src/importers/export/synthetic';
import type { BankFileFormat } from '../src/importers/types';

export interface GenerateIo {
  out(text: string): void;
  err(text: string): void;
  writeFile(path: string, text: string): Promise<void>;
}

interface Options {
  count: number;
  seed: number;
  format: BankFileFormat;
  out: string | null;
}

const whole = (s: string) => (/^\d+$/.test(s) ? Number(s) : null);

function parseArgs(argv: readonly string[]): Options | string {
  const options: Options = { count: 10_000, seed: 1, format: 'native', out: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const value = argv[i + 1] ?? '';
    i++;
    switch (arg) {
      case '--count': {
        const n = whole(value);
        if (n === null || n < 1) return `--count needs a whole number of 1 or more, not "${value}"`;
        options.count = n;
        break;
      }
      case '--seed': {
        const n = whole(value);
        if (n === null) return `--seed needs a whole number, not "${value}"`;
        options.seed = n;
        break;
      }
      case '--format':
        if (!isBankFileFormat(value)) return `--format needs one of ${BANK_FILE_FORMATS.join(', ')}`;
        options.format = value;
        break;
      case '--out':
        if (value === '') return '--out needs a file name';
        options.out = value;
        break;
      default:
        return `unknown argument "${arg}"`;
    }
  }
  return options;
}

export async function run(argv: readonly string[], io: GenerateIo): Promise<number> {
  const options = parseArgs(argv);
  if (typeof options === 'string') {
    io.err(
      `generate-bank: ${options}\nUsage: generate-bank [--count N] [--format FORMAT] [--seed S] [--out FILE]\n`,
    );
    return 2;
  }
  const text = syntheticBankText(options.format, { count: options.count, seed: options.seed });
  if (options.out === null) io.out(text);
  else {
    await io.writeFile(options.out, text);
    io.err(`Wrote ${options.count} ${options.format} questions (seed ${options.seed}) to ${options.out}\n`);
  }
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  run(process.argv.slice(2), {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    writeFile: (path, text) => writeFile(path, text, 'utf8'),
  }).then((code) => {
    process.exitCode = code;
  });
}
