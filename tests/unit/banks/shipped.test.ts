import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_FORMATS, findBuiltInFormat } from '../../../src/domain/builtInFormats';
import { assembleForm } from '../../../src/domain/form';
import type { Question } from '../../../src/domain/questions';
import { parseNative } from '../../../src/importers/native';
import { describeProblem } from '../../../src/importers/types';

const FILES = {
  professional: 'professional-coding-sample.json',
  inpatient: 'inpatient-coding-sample.json',
  billing: 'billing-coding-specialist-sample.json',
} as const;

function load(name: keyof typeof FILES): Question[] {
  const fileName = FILES[name];
  const result = parseNative({
    fileName,
    text: readFileSync(`question-banks/${fileName}`, 'utf8'),
    bankId: name,
  });
  if (!result.ok) throw new Error(result.problems.map(describeProblem).join('\n'));
  return [...result.bank.questions];
}

const banks = { professional: load('professional'), inpatient: load('inpatient'), billing: load('billing') };
const all = [...banks.professional, ...banks.inpatient, ...banks.billing];

describe('shipped sample banks', () => {
  it.each([
    ['cpc', 'professional'],
    ['cic', 'inpatient'],
    ['cmcs', 'billing'],
  ] as const)('a full %s form can be assembled from the %s bank alone', (formatId, bank) => {
    const format = findBuiltInFormat(formatId);
    if (!format) throw new Error('format');
    const result = assembleForm(format, banks[bank], 2026);
    expect(result.ok ? [] : result.shortages).toEqual([]);
  });

  it.each(BUILT_IN_FORMATS.map((f) => [f.id, f] as const))(
    '%s can be assembled from the shipped banks',
    (_id, format) => {
      const result = assembleForm(format, all, 1);
      expect(result.ok ? [] : result.shortages).toEqual([]);
    },
  );

  it('every question has a rationale, and single-answer keys are spread over A-D', () => {
    expect(all.filter((q) => q.rationale.trim().length < 40).map((q) => q.id)).toEqual([]);
    const keys = new Map<string, number>();
    for (const q of all) if (q.type === 'single') keys.set(q.key, (keys.get(q.key) ?? 0) + 1);
    const singles = all.filter((q) => q.type === 'single').length;
    for (const letter of ['A', 'B', 'C', 'D']) expect(keys.get(letter) ?? 0).toBeGreaterThan(singles * 0.2);
  });

  it('has at least 150 single-answer questions for the 150-question exams, 60 inpatient questions and 10 cases', () => {
    expect(banks.professional.filter((q) => q.type === 'single').length).toBeGreaterThanOrEqual(150);
    expect(banks.inpatient.filter((q) => q.type === 'single').length).toBeGreaterThanOrEqual(60);
    expect(banks.inpatient.filter((q) => q.type === 'case').length).toBeGreaterThanOrEqual(10);
  });

  it('each inpatient case has 5 to 15 well-formed codes, principal diagnosis first', () => {
    for (const q of banks.inpatient) {
      if (q.type !== 'case') continue;
      expect(q.expectedCodes.length, q.id).toBeGreaterThanOrEqual(5);
      expect(q.expectedCodes.length, q.id).toBeLessThanOrEqual(15);
      expect(q.principalFirst, q.id).toBe(true);
      expect(q.expectedCodes[0]?.system, q.id).toBe('ICD-10-CM');
      for (const c of q.expectedCodes) {
        const pattern =
          c.system === 'ICD-10-PCS' ? /^[0-9A-HJ-NP-Z]{7}$/ : /^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$/;
        expect(c.code, `${q.id} ${c.code}`).toMatch(pattern);
      }
    }
  });

  it('ids are unique across the shipped banks', () => {
    const ids = all.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
