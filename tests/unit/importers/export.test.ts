import { describe, expect, it } from 'vitest';
import type { Question } from '../../../src/domain/questions';
import { EXPORTERS } from '../../../src/importers/export';
import { escapeGift, exportGift } from '../../../src/importers/export/gift';
import { exportNative } from '../../../src/importers/export/native';
import { blueprintSlots, SYNTHETIC_KINDS, syntheticQuestions } from '../../../src/importers/export/synthetic';
import { parseGift } from '../../../src/importers/gift';
import { parseNative } from '../../../src/importers/native';
import { IMPORTERS, importBankFile } from '../../../src/importers/registry';
import { describeProblem, type ImportResult } from '../../../src/importers/types';

const meta = { title: 'Round trip', author: 'Tests', license: 'CC0-1.0', description: 'Every type.' };

const bankOf = (result: ImportResult) => {
  if (!result.ok) throw new Error(result.problems.map(describeProblem).join('\n'));
  return result.bank;
};

const base = { bankId: 'b1', textFormat: 'plain' as const, references: [], tags: [] };

/** Every question type, with the characters each format gives a meaning to. */
const TRICKY: Question[] = [
  {
    ...base,
    id: 'htn:1',
    area: 'icd-10-cm',
    type: 'single',
    stem: 'Which code = "essential" {primary} hypertension? ~ # : \\ \\n\n\nSecond paragraph.',
    choices: [
      { id: 'A', text: 'I10' },
      { id: 'B', text: '%50% looks like a weight' },
      { id: 'C', text: '[html]<b>not markup</b>' },
    ],
    key: 'A',
    rationale: 'I10 is "essential (primary) hypertension" #1.',
    references: ['ICD-10-CM Tabular, I10'],
    tags: ['circulatory', 'htn [core]'],
  },
  {
    ...base,
    id: 'dm-multi',
    area: 'icd-10-cm',
    type: 'multiple',
    stem: '[markdown] is not a format marker here: pick **every** diabetes code.',
    choices: [
      { id: 'A', text: 'E11.9' },
      { id: 'B', text: 'I10' },
      { id: 'C', text: 'E10.9' },
      { id: 'D', text: 'E13.9' },
    ],
    keys: ['A', 'C', 'D'],
    rationale: '',
  },
  {
    ...base,
    id: 'md',
    area: 'medical-terminology',
    textFormat: 'markdown',
    type: 'single',
    stem: 'What does the suffix *-itis* mean?',
    choices: [
      { id: 'A', text: 'Inflammation' },
      { id: 'B', text: 'Removal' },
    ],
    key: 'A',
    rationale: '*-itis* means **inflammation**.',
  },
  {
    ...base,
    id: 'short-text',
    area: 'hcpcs',
    type: 'short',
    stem: 'Type the HCPCS Level II code for a standard wheelchair.',
    accepted: [
      { kind: 'text', text: 'K0001' },
      { kind: 'text', text: '%5% odd' },
    ],
    caseSensitive: false,
    rationale: 'K0001 is the standard wheelchair.',
  },
  {
    ...base,
    id: 'short-number',
    area: 'billing-reimbursement',
    type: 'short',
    stem: 'How many days are in a 10-day global period after the day of surgery?',
    accepted: [
      { kind: 'number', value: 10, tolerance: 0 },
      { kind: 'number', value: -2.5, tolerance: 0.25 },
    ],
    caseSensitive: false,
    rationale: '',
  },
  {
    ...base,
    id: 'case-1',
    area: 'inpatient-case',
    type: 'case',
    stem: 'Code the admission.',
    record: 'DISCHARGE SUMMARY\nPneumonia; type 2 diabetes.',
    expectedCodes: [
      { code: 'J18.9', system: 'ICD-10-CM', why: 'Principal diagnosis.' },
      { code: 'E11.9', system: 'ICD-10-CM' },
    ],
    principalFirst: true,
    rationale: 'Pneumonia occasioned the admission.',
  },
];

describe('native export', () => {
  it('reads back to the same questions and bank details', () => {
    const text = exportNative(meta, TRICKY).text;
    const bank = bankOf(parseNative({ fileName: 'out.json', text, bankId: 'b1' }));
    expect(bank.questions).toEqual(TRICKY);
    expect({ ...bank, questions: [] }).toEqual({ ...meta, questions: [] });
  });

  it('reads back a synthetic bank of every type identically', () => {
    const questions = syntheticQuestions({ count: 400, seed: 7, bankId: 'b1' });
    const text = exportNative(meta, questions).text;
    expect(bankOf(parseNative({ fileName: 'syn.json', text, bankId: 'b1' })).questions).toEqual(questions);
  });
});

describe('GIFT export', () => {
  it('escapes every character GIFT gives a meaning to, and newlines', () => {
    expect(escapeGift('a~b=c#d{e}f:g\\h\ni')).toBe('a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h\\ni');
  });

  it('reads back to the same questions, skipping the case and saying why', () => {
    const out = exportGift(meta, TRICKY);
    expect(out.written).toBe(5);
    expect(out.skipped).toEqual([{ id: 'case-1', reason: expect.stringMatching(/coding case/) }]);
    const bank = bankOf(parseGift({ fileName: 'out.gift', text: out.text, bankId: 'b1' }));
    // GIFT has no references, and tags lose their brackets.
    const expected = TRICKY.filter((q) => q.type !== 'case').map((q) => ({
      ...q,
      references: [],
      tags: q.tags.map((t) => t.replace(/[[\]]/g, '')),
    }));
    expect(bank.questions).toEqual(expected);
  });

  it('is detected as GIFT by the registry', () => {
    const text = exportGift(meta, TRICKY).text;
    expect(importBankFile({ fileName: 'pasted', text, bankId: 'b1' }).format).toBe('gift');
  });

  it('reports short answers that mix text and numbers, and case-sensitive ones', () => {
    const mixed: Question = {
      ...base,
      id: 'mixed',
      area: 'hcpcs',
      type: 'short',
      stem: 'Units?',
      accepted: [
        { kind: 'text', text: 'ten' },
        { kind: 'number', value: 10, tolerance: 0 },
      ],
      caseSensitive: false,
      rationale: '',
    };
    const strict: Question = {
      ...mixed,
      id: 'strict',
      accepted: [{ kind: 'text', text: 'K0001' }],
      caseSensitive: true,
    };
    const out = exportGift(meta, [mixed, strict]);
    expect(out.skipped.map((s) => s.id)).toEqual(['mixed']);
    expect(out.approximated.map((s) => s.id)).toEqual(['strict']);
  });
});

describe('every format writes a synthetic bank its importer reads back', () => {
  it.each(IMPORTERS.map((i) => [i.format]))('%s', (format) => {
    const questions = syntheticQuestions({
      count: 300,
      seed: 3,
      bankId: 'b1',
      kinds: SYNTHETIC_KINDS[format],
    });
    const out = EXPORTERS[format](meta, questions);
    expect(out.skipped).toEqual([]);
    const result = importBankFile({ fileName: 'synthetic', text: out.text, bankId: 'b1' });
    expect(result.format).toBe(format);
    const bank = bankOf(result);
    const keys = (q: Question) =>
      q.type === 'single'
        ? [q.key]
        : q.type === 'multiple'
          ? [...q.keys].sort()
          : q.type === 'short'
            ? q.accepted
            : [];
    // Aiken has neither ids nor areas (its questions are q1, q2 ... in "uncategorised"); QTI groups
    // items by area, so its order is by section.
    const summary = (q: Question) =>
      format === 'aiken' ? [q.type, keys(q)] : [q.id, q.area, q.type, keys(q)];
    const order = (list: Question[]) =>
      format === 'qti' ? [...list].sort((a, b) => a.id.localeCompare(b.id)) : list;
    expect(order([...bank.questions]).map(summary)).toEqual(order(questions).map(summary));
  });
});

describe('synthetic questions', () => {
  it('are the same for the same seed and differ for another', () => {
    expect(syntheticQuestions({ count: 50, seed: 1 })).toEqual(syntheticQuestions({ count: 50, seed: 1 }));
    expect(syntheticQuestions({ count: 50, seed: 1 })).not.toEqual(
      syntheticQuestions({ count: 50, seed: 2 }),
    );
  });

  it('cover every area of every built-in blueprint, cases included', () => {
    const questions = syntheticQuestions({ count: 100, seed: 1 });
    const have = new Set(questions.map((q) => `${q.type === 'case' ? 'case' : 'choice'}|${q.area}`));
    for (const slot of blueprintSlots()) expect(have).toContain(`${slot.kind}|${slot.area}`);
  });
});
