import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { type CliIo, run } from '../../../scripts/bank-cli';
import { parseGift } from '../../../src/importers/gift';
import { parseNative } from '../../../src/importers/native';
import { describeProblem, type ImportResult } from '../../../src/importers/types';

const GIFT_SAMPLE = 'question-banks/samples/example.gift';
const BROKEN = `::broken::Which code? {=I10 ~I11.9

::ok::Fine? {T}
`;

/** Runs the tool with files from the repository, or the in-memory ones given. */
async function cli(argv: string[], files: Record<string, string> = {}) {
  let out = '';
  let err = '';
  const io: CliIo = {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    readFile: async (path) => files[path] ?? readFile(path, 'utf8'),
  };
  const code = await run(argv, io);
  return { code, out, err };
}

const bankOf = (result: ImportResult) => {
  if (!result.ok) throw new Error(result.problems.map(describeProblem).join('\n'));
  return result.bank;
};

describe('bank check', () => {
  it('summarises a good file by format and area, exit 0', async () => {
    const { code, out, err } = await cli(['check', GIFT_SAMPLE]);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toContain(`${GIFT_SAMPLE}: Moodle GIFT, "example", 6 questions. It can be imported.`);
    expect(out).toContain('  ICD-10-CM: 2\n');
    expect(out).toContain('  HCPCS Level II: 2\n');
  });

  it('lists every problem as file:line: message and exits 1 when the file would be rejected', async () => {
    const { code, out, err } = await cli(['check', 'broken.gift'], { 'broken.gift': BROKEN });
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err.split('\n')).toEqual([
      'broken.gift:1: the answer block opened on line 1 is never closed',
      'broken.gift would be rejected as Moodle GIFT: 1 problem. Nothing in it would be imported.',
      '',
    ]);
  });

  it('names the field of a native problem', async () => {
    const text = JSON.stringify(
      { format: 'coding-exam-bank', version: 1, title: 'T', questions: [{ id: 'q1' }] },
      null,
      2,
    );
    const { code, err } = await cli(['check', 'bad.json'], { 'bad.json': text });
    expect(code).toBe(1);
    expect(err).toMatch(/^bad\.json:6 \(field questions\[0\]\.type\): question 1: type must be/m);
  });

  it('reads a file as the format given with --as', async () => {
    const aiken = 'Which code reports essential hypertension?\nA. I10\nB. I11.9\nANSWER: A\n';
    const { code, out } = await cli(['check', 'q.txt', '--as', 'aiken'], { 'q.txt': aiken });
    expect(code).toBe(0);
    expect(out).toContain('Aiken (Moodle)');
  });

  it('explains its usage for a wrong command, a missing file name or an unreadable file', async () => {
    expect((await cli(['lint', 'x'])).err).toContain('bank: unknown command "lint"');
    expect((await cli(['check'])).code).toBe(2);
    const missing = await cli(['check', 'no/such/file.gift']);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/cannot read no\/such\/file\.gift/);
    expect((await cli(['convert', GIFT_SAMPLE, '--to', 'docx'])).err).toContain('--to needs a format');
  });
});

describe('bank convert', () => {
  it('prints native JSON that reads back to the same questions', async () => {
    const { code, out } = await cli(['convert', GIFT_SAMPLE]);
    expect(code).toBe(0);
    const original = bankOf(
      parseGift({ fileName: 'x', text: await readFile(GIFT_SAMPLE, 'utf8'), bankId: 'b' }),
    );
    const converted = bankOf(parseNative({ fileName: 'out.json', text: out, bankId: 'b' }));
    expect(converted.questions).toEqual(original.questions);
  });

  it('writes GIFT with --to and reports what it left out on stderr', async () => {
    const { code, out, err } = await cli([
      'convert',
      'question-banks/samples/example-bank.json',
      '--to',
      'gift',
    ]);
    expect(code).toBe(0);
    expect(out).toContain('$CATEGORY: icd-10-cm');
    expect(err).toBe(
      'left out ex-case-001: it is a coding case (a record and expected codes), which GIFT cannot write\n',
    );
  });

  it('refuses a broken file with exit 1 and prints nothing on stdout', async () => {
    const { code, out } = await cli(['convert', 'broken.gift'], { 'broken.gift': BROKEN });
    expect(code).toBe(1);
    expect(out).toBe('');
  });
});

describe('the real command', () => {
  it('npx tsx scripts/bank-cli.ts check <sample> exits 0 with its summary', { timeout: 60_000 }, async () => {
    const { stdout } = await promisify(execFile)('npx', ['tsx', 'scripts/bank-cli.ts', 'check', GIFT_SAMPLE]);
    expect(stdout).toContain('Moodle GIFT, "example", 6 questions');
  });

  it('exits 1 on a file that would be rejected', { timeout: 60_000 }, async () => {
    const child = promisify(execFile)('npx', ['tsx', 'scripts/bank-cli.ts', 'check', 'package.json']);
    await expect(child).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('package.json') });
  });
});
