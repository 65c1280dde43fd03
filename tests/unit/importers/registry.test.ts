import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportNative } from '../../../src/importers/export/native';
import { syntheticBankText } from '../../../src/importers/export/synthetic';
import { parseNative } from '../../../src/importers/native';
import { detectImporter, IMPORTERS, importBankFile } from '../../../src/importers/registry';
import { type BankFileFormat, describeProblem, type ImportResult } from '../../../src/importers/types';

const SAMPLES_DIR = 'question-banks/samples';
const EXPECTED: Record<string, BankFileFormat> = {
  'example-bank.json': 'native',
  'example.gift': 'gift',
  'example.csv': 'csv',
  'example-aiken.txt': 'aiken',
  'example-moodle.xml': 'moodle-xml',
  'example-qti.xml': 'qti',
};
const samples = readdirSync(SAMPLES_DIR).map((name) => ({
  name,
  text: readFileSync(join(SAMPLES_DIR, name), 'utf8'),
}));

describe('the shipped example files', () => {
  it('cover every format the registry reads', () => {
    expect(new Set(Object.values(EXPECTED))).toEqual(new Set(IMPORTERS.map((i) => i.format)));
    expect(samples.map((s) => s.name).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(samples.map((s) => [s.name, s.text]))(
    '%s is detected by name and by content, and imports',
    (name, text) => {
      expect(detectImporter(name, text)?.format).toBe(EXPECTED[name]);
      // Pasted text has no real file name: the content alone must decide.
      expect(detectImporter('pasted-bank', text)?.format).toBe(EXPECTED[name]);
      const result = importBankFile({ fileName: name, text, bankId: 'b1' });
      if (!result.ok) throw new Error(result.problems.map(describeProblem).join('\n'));
      expect(result.format).toBe(EXPECTED[name]);
    },
  );
});

/** The registry's contract: never a throw; a bank with questions, or at least one problem naming the file. */
function expectContract(result: ImportResult, fileName: string): void {
  if (result.ok) {
    expect(result.bank.questions.length).toBeGreaterThan(0);
    // Whatever a format accepts is a valid native bank: limits and ids hold whichever way a bank came in.
    const again = parseNative({
      fileName: 'again.json',
      text: exportNative(result.bank, result.bank.questions).text,
      bankId: 'b1',
    });
    if (!again.ok) throw new Error(again.problems.map(describeProblem).join('\n'));
    expect(again.bank.questions).toEqual(result.bank.questions);
  } else {
    expect(result.problems.length).toBeGreaterThan(0);
    for (const p of result.problems) {
      expect(p.file).toBe(fileName);
      expect(p.message.trim()).not.toBe('');
      if (p.line !== null) expect(p.line).toBeGreaterThanOrEqual(1);
    }
  }
}

const FILE_NAMES = [
  'bank.json',
  'bank.gift',
  'bank.csv',
  'bank.txt',
  'bank.xml',
  'bank.qti',
  'pasted',
  'bank.aiken',
];

type Mutation =
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'duplicate'; at: number; length: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'swapLines'; a: number; b: number };

// Characters and tokens each format gives a meaning to, so mutations hit the grammar, not only text.
const TOKENS = [
  '{',
  '}',
  '=',
  '~',
  '#',
  '::',
  '\\',
  '\n',
  '\n\n',
  '"',
  ',',
  ';',
  '|',
  '<',
  '>',
  '/>',
  '</',
  '&',
  '&amp;',
  '<![CDATA[',
  ']]>',
  '%50%',
  '->',
  '$CATEGORY:',
  'ANSWER:',
  'A.',
  'B)',
  '[html]',
  '"key":',
  'null',
  '[]',
  '{}',
  '<question type="essay">',
  '<quiz>',
  '\uFEFF',
  '\r',
  '\u0000',
  '😀',
  '1e999',
  '-0',
];

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 8 })),
  }),
  fc.record({
    kind: fc.constant('duplicate' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 200 }),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swapLines' as const), a: fc.nat(), b: fc.nat() }),
);

function mutate(text: string, m: Mutation): string {
  const at = text.length === 0 ? 0 : ('at' in m ? m.at : 0) % (text.length + 1);
  switch (m.kind) {
    case 'delete':
      return text.slice(0, at) + text.slice(at + m.length);
    case 'insert':
      return text.slice(0, at) + m.text + text.slice(at);
    case 'duplicate':
      return text.slice(0, at + m.length) + text.slice(at, at + m.length) + text.slice(at + m.length);
    case 'truncate':
      return text.slice(0, at);
    case 'swapLines': {
      const lines = text.split('\n');
      const a = m.a % lines.length;
      const b = m.b % lines.length;
      [lines[a], lines[b]] = [lines[b] ?? '', lines[a] ?? ''];
      return lines.join('\n');
    }
  }
}

const FORMATS = IMPORTERS.map((i) => i.format);
const seedsByFormat = new Map(
  FORMATS.map((format) => [
    format,
    [
      ...samples.filter((s) => EXPECTED[s.name] === format).map((s) => s.text),
      syntheticBankText(format, { count: 12, seed: 5 }),
    ],
  ]),
);

// Thousands of parses: the generous timeout only keeps a slow, shared machine from failing them.
describe('importBankFile never throws', { timeout: 120_000 }, () => {
  it.each(FORMATS.map((f) => [f]))('on 600 mutated %s files', (format) => {
    const seeds = seedsByFormat.get(format) ?? [];
    fc.assert(
      fc.property(
        fc.constantFrom(...seeds),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        fc.constantFrom(...FILE_NAMES),
        (seed, mutations, fileName) => {
          const text = mutations.reduce(mutate, seed);
          expectContract(importBankFile({ fileName, text, bankId: 'b1' }), fileName);
        },
      ),
      { numRuns: 600, seed: 20260601 + FORMATS.indexOf(format) },
    );
  });

  it('on 1,500 random texts and token soups', () => {
    const soup = fc.array(fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 6 })), {
      maxLength: 60,
    });
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.string({ unit: 'binary', maxLength: 100 }),
          soup.map((t) => t.join('')),
        ),
        fc.constantFrom(...FILE_NAMES),
        (text, fileName) => {
          expectContract(importBankFile({ fileName, text, bankId: 'b1' }), fileName);
        },
      ),
      { numRuns: 1500, seed: 20260602 },
    );
  });

  it.each(FORMATS.map((f) => [f]))('when %s is forced on every sample', (format) => {
    const importer = IMPORTERS.find((i) => i.format === format);
    for (const s of samples) {
      const result = importer?.parse({ fileName: s.name, text: s.text, bankId: 'b1' });
      if (!result) throw new Error('no importer');
      expectContract(result, s.name);
    }
  });
});
