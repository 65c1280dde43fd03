import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assembleForm } from '../../../src/domain/form';
import { questionKey } from '../../../src/domain/questions';
import { bankFor, builtIn, single } from '../../support/fixtures';

const keysOf = (items: readonly { question: { bankId: string; id: string } }[]) =>
  items.map((i) => questionKey(i.question));

describe('form assembly', () => {
  it('draws a full CPC form per the blueprint', () => {
    const cpc = builtIn('cpc');
    const result = assembleForm(cpc, bankFor(cpc, 2), 42);
    if (!result.ok) throw new Error('expected a form');
    expect(result.form.items).toHaveLength(150);
    const icd = result.form.items.filter((i) => i.question.area === 'icd-10-cm');
    expect(icd).toHaveLength(15);
  });

  it('draws CIC as 60 choice questions then 10 cases', () => {
    const cic = builtIn('cic');
    const result = assembleForm(cic, bankFor(cic), 1);
    if (!result.ok) throw new Error('expected a form');
    expect(result.form.items.filter((i) => i.partId === 'choice')).toHaveLength(60);
    expect(result.form.items.slice(60).every((i) => i.question.type === 'case')).toBe(true);
  });

  it('a bank short by one question in one area names that area and the one missing', () => {
    const cpc = builtIn('cpc');
    const bank = bankFor(cpc);
    const withoutOneAnesthesia = bank.filter(
      (q, i) => !(q.area === 'anesthesia' && i === bank.findIndex((b) => b.area === 'anesthesia')),
    );
    const result = assembleForm(cpc, withoutOneAnesthesia, 7);
    expect(result).toEqual({
      ok: false,
      shortages: [
        {
          partId: 'choice',
          partTitle: 'Multiple choice',
          area: 'anesthesia',
          needed: 6,
          available: 5,
          missing: 1,
        },
      ],
    });
  });

  it('reports every short area at once', () => {
    const cpc = builtIn('cpc');
    const result = assembleForm(cpc, [single('x', 'anatomy')], 7);
    if (result.ok) throw new Error('expected shortages');
    expect(result.shortages).toHaveLength(17);
    expect(result.shortages.find((s) => s.area === 'anatomy')).toMatchObject({ available: 1, missing: 5 });
  });

  it('does not count a case toward a choice part, or a question listed twice', () => {
    const cic = builtIn('cic');
    const bank = bankFor(cic);
    const result = assembleForm(cic, [...bank, ...bank], 3);
    expect(result.ok).toBe(true);
    const caseOnly = bank.filter((q) => q.type === 'case');
    const short = assembleForm(cic, caseOnly, 3);
    expect(short.ok).toBe(false);
  });

  it('leaves out excluded questions', () => {
    const cpc = builtIn('cpc');
    const bank = bankFor(cpc, 2);
    const exclude = new Set(bank.filter((_, i) => i % 2 === 0).map(questionKey));
    const result = assembleForm(cpc, bank, 5, { exclude });
    if (!result.ok) throw new Error('expected a form');
    expect(keysOf(result.form.items).some((k) => exclude.has(k))).toBe(false);
  });

  it('the same seed gives the same form; a form never repeats a question', () => {
    const cpc = builtIn('cpc');
    const bank = bankFor(cpc, 3);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
        const a = assembleForm(cpc, bank, seed);
        const b = assembleForm(cpc, bank, seed);
        if (!a.ok || !b.ok) return false;
        const keys = keysOf(a.form.items);
        return (
          JSON.stringify(keys) === JSON.stringify(keysOf(b.form.items)) && new Set(keys).size === keys.length
        );
      }),
      { numRuns: 100 },
    );
  });

  it('different seeds usually give different forms', () => {
    const cpc = builtIn('cpc');
    const bank = bankFor(cpc, 3);
    const a = assembleForm(cpc, bank, 1);
    const b = assembleForm(cpc, bank, 2);
    if (!a.ok || !b.ok) throw new Error('expected forms');
    expect(keysOf(a.form.items)).not.toEqual(keysOf(b.form.items));
  });
});
