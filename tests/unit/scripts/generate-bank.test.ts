import { describe, expect, it } from 'vitest';
import { type GenerateIo, run } from '../../../scripts/generate-bank';
import { BUILT_IN_FORMATS } from '../../../src/domain/builtInFormats';
import { shortagesFor, supplyByArea } from '../../../src/domain/form';
import { IMPORTERS, importBankFile } from '../../../src/importers/registry';
import { describeProblem } from '../../../src/importers/types';

async function generate(argv: string[]) {
  let out = '';
  let err = '';
  const files = new Map<string, string>();
  const io: GenerateIo = {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    writeFile: async (path, text) => {
      files.set(path, text);
    },
  };
  const code = await run(argv, io);
  return { code, out, err, files };
}

const imported = (text: string, fileName = 'generated') => {
  const result = importBankFile({ fileName, text, bankId: 'b1' });
  if (!result.ok) throw new Error(result.problems.map(describeProblem).join('\n'));
  return result;
};

describe('generate-bank', { timeout: 60_000 }, () => {
  it('writes 10,000 native questions by default, enough for every built-in format', async () => {
    const { code, out } = await generate([]);
    expect(code).toBe(0);
    const { bank } = imported(out);
    expect(bank.questions).toHaveLength(10_000);
    const supply = supplyByArea(bank.questions);
    for (const format of BUILT_IN_FORMATS) expect(shortagesFor(format, supply)).toEqual([]);
  });

  it.each(IMPORTERS.map((i) => [i.format]))(
    'writes %s that the importers read back, same for the same seed',
    async (format) => {
      const first = await generate(['--count', '120', '--format', format, '--seed', '9']);
      const again = await generate(['--format', format, '--seed', '9', '--count', '120']);
      const other = await generate(['--count', '120', '--format', format, '--seed', '10']);
      expect(first.out).toBe(again.out);
      expect(first.out).not.toBe(other.out);
      const result = imported(first.out);
      expect(result.format).toBe(format);
      expect(result.bank.questions).toHaveLength(120);
    },
  );

  it('writes to a file with --out and says so', async () => {
    const { code, out, err, files } = await generate([
      '--count',
      '5',
      '--format',
      'gift',
      '--out',
      'load.gift',
    ]);
    expect(code).toBe(0);
    expect(out).toBe('');
    expect(err).toBe('Wrote 5 gift questions (seed 1) to load.gift\n');
    expect(imported(files.get('load.gift') ?? '', 'load.gift').bank.questions).toHaveLength(5);
  });

  it('refuses arguments it cannot use', async () => {
    expect((await generate(['--count', 'lots'])).err).toContain('--count needs a whole number');
    expect((await generate(['--format', 'docx'])).code).toBe(2);
    expect((await generate(['--colour'])).err).toContain('unknown argument "--colour"');
  });
});
