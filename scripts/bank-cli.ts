/**
 * Checks or converts a question bank file with the same importers the app uses.
 *
 *   npm run bank -- check FILE            problems (exit 1) or a summary (exit 0)
 *   npm run bank -- convert FILE          the bank as native JSON on stdout
 *   npm run bank -- convert FILE --to gift   ... or as gift, csv, aiken, moodle-xml, qti
 *   --as FORMAT                           read FILE as this format instead of detecting it
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { areaLabel } from '../src/domain/areas';
import { BUILT_IN_FORMATS } from '../src/domain/builtInFormats';
import { shortagesFor, supplyByArea } from '../src/domain/form';
import type { Question } from '../src/domain/questions';
import { BANK_FILE_FORMATS, EXPORTERS, isBankFileFormat } from '../src/importers/export';
import { IMPORTERS } from '../src/importers/registry';
import {
  type BankDraft,
  type BankFileFormat,
  describeProblem,
  type ImportResult,
} from '../src/importers/types';
import { parseAs } from '../src/importers/worker';

export interface CliIo {
  /** Writes to standard output, as is. */
  out(text: string): void;
  /** Writes to standard error, as is. */
  err(text: string): void;
  readFile(path: string): Promise<string>;
}

const USAGE = `Usage:
  npm run bank -- check FILE [--as FORMAT]
  npm run bank -- convert FILE [--to FORMAT] [--as FORMAT]
FORMAT is one of: ${BANK_FILE_FORMATS.join(', ')}.
check lists every problem (exit 1) or summarises the bank (exit 0); convert prints the bank
(native JSON unless --to says otherwise).
`;

interface Args {
  readonly command: string;
  readonly file: string;
  readonly as: BankFileFormat | 'auto';
  readonly to: BankFileFormat;
}

function parseArgs(argv: readonly string[]): Args | string {
  const positional: string[] = [];
  let as: BankFileFormat | 'auto' = 'auto';
  let to: BankFileFormat = 'native';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--as' || arg === '--to') {
      const value = argv[++i] ?? '';
      if (!isBankFileFormat(value)) return `${arg} needs a format: ${BANK_FILE_FORMATS.join(', ')}`;
      if (arg === '--as') as = value;
      else to = value;
    } else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else positional.push(arg);
  }
  const [command = '', file, ...extra] = positional;
  if (command !== 'check' && command !== 'convert') return command ? `unknown command "${command}"` : '';
  if (!file) return `${command} needs a FILE`;
  if (extra.length > 0) return `unexpected ${extra.join(' ')}`;
  return { command, file, as, to };
}

const label = (format: BankFileFormat) => IMPORTERS.find((i) => i.format === format)?.label ?? format;

function summary(file: string, format: BankFileFormat, bank: BankDraft): string {
  const n = bank.questions.length;
  const lines = [
    `${file}: ${label(format)}, "${bank.title}", ${n} ${n === 1 ? 'question' : 'questions'}. It can be imported.`,
  ];
  const byType = new Map<Question['type'], number>();
  for (const q of bank.questions) byType.set(q.type, (byType.get(q.type) ?? 0) + 1);
  lines.push(`Types: ${[...byType].map(([t, c]) => `${c} ${t}`).join(', ')}`, 'Questions per area:');
  const supply = supplyByArea(bank.questions);
  const rows = [...supply].map(([key, count]) => {
    const [kind = '', area = ''] = key.split('|');
    return { text: `${areaLabel(area)}${kind === 'case' ? ' (cases)' : ''}`, count, cases: kind === 'case' };
  });
  rows.sort((a, b) => Number(a.cases) - Number(b.cases) || a.text.localeCompare(b.text));
  for (const row of rows) lines.push(`  ${row.text}: ${row.count}`);
  const enough = BUILT_IN_FORMATS.filter((f) => shortagesFor(f, supply).length === 0).map((f) =>
    f.origin === 'newer-built-in' ? `${f.code} (newer)` : f.code,
  );
  lines.push(
    enough.length > 0
      ? `Enough on its own for a form of: ${[...new Set(enough)].join(', ')}.`
      : 'Not enough on its own for any built-in exam form (banks can be combined in the app).',
  );
  return `${lines.join('\n')}\n`;
}

function rejected(file: string, result: Extract<ImportResult, { ok: false }>, io: CliIo): number {
  for (const p of result.problems) io.err(`${describeProblem(p)}\n`);
  const n = result.problems.length;
  const as = result.format ? ` as ${label(result.format)}` : '';
  io.err(
    `${file} would be rejected${as}: ${n} ${n === 1 ? 'problem' : 'problems'}. Nothing in it would be imported.\n`,
  );
  return 1;
}

/** The whole tool: returns the exit code, so tests can call it with any arguments. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    if (args) io.err(`bank: ${args}\n`);
    io.err(USAGE);
    return 2;
  }
  let text: string;
  try {
    text = await io.readFile(args.file);
  } catch (error) {
    io.err(`bank: cannot read ${args.file} (${error instanceof Error ? error.message : String(error)})\n`);
    return 2;
  }
  const result = parseAs({ fileName: args.file, text, bankId: 'bank' }, args.as);
  if (!result.ok) return rejected(args.file, result, io);
  if (args.command === 'check') {
    io.out(summary(args.file, result.format, result.bank));
    return 0;
  }
  const written = EXPORTERS[args.to](result.bank, result.bank.questions);
  io.out(written.text);
  for (const s of written.skipped) io.err(`left out ${s.id}: ${s.reason}\n`);
  for (const s of written.approximated) io.err(`changed ${s.id}: ${s.reason}\n`);
  return 0;
}

const nodeIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  readFile: (path) => readFile(path, 'utf8'),
};

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  run(process.argv.slice(2), nodeIo).then((code) => {
    process.exitCode = code;
  });
}
