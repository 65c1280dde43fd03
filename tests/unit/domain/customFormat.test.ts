import { describe, expect, it } from 'vitest';
import {
  draftFrom,
  type FormatDraft,
  scaleBlueprint,
  validateFormat,
} from '../../../src/domain/customFormat';
import { formatQuestionCount } from '../../../src/domain/formats';
import { builtIn } from '../../support/fixtures';

const cpcDraft = draftFrom(builtIn('cpc'));

function quiz(change: Partial<FormatDraft> = {}): FormatDraft {
  const [part] = cpcDraft.parts;
  if (!part) throw new Error('fixture');
  return {
    ...cpcDraft,
    name: 'Class quiz',
    timing: { kind: 'timed', minutes: 90 },
    passPercent: 75,
    parts: [{ ...part, count: 50, blueprint: scaleBlueprint(part.blueprint, 50) }],
    ...change,
  };
}

describe('custom formats', () => {
  it('scales a blueprint in proportion, to exactly the count asked', () => {
    const [part] = cpcDraft.parts;
    const scaled = scaleBlueprint(part?.blueprint ?? [], 50);
    expect(scaled.reduce((s, r) => s + r.count, 0)).toBe(50);
    expect(scaled.find((r) => r.area === 'icd-10-cm')?.count).toBe(5);
    expect(scaled.find((r) => r.area === 'anatomy')?.count).toBe(2);
  });

  it('a 50-question, 90-minute, 75% copy of the CPC validates into a custom format', () => {
    const result = validateFormat(quiz(), 'custom-1', '2026-11-27');
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.format).toMatchObject({
      id: 'custom-1',
      origin: 'custom',
      passPercent: 75,
      timing: { kind: 'timed', minutes: 90 },
      source: { label: 'Custom format', date: '2026-11-27' },
    });
    expect(formatQuestionCount(result.format)).toBe(50);
  });

  it.each<[string, Partial<FormatDraft>, string, RegExp]>([
    ['a pass mark of 0', { passPercent: 0 }, 'passPercent', /between 1 and 100/],
    ['a pass mark of 101', { passPercent: 101 }, 'passPercent', /between 1 and 100/],
    ['no name', { name: '  ' }, 'name', /name/],
    ['no time', { timing: { kind: 'timed', minutes: 0 } }, 'timing', /minutes from 1/],
    ['half a day', { timing: { kind: 'window', days: 0.5 } }, 'timing', /whole number of days/],
  ])('refuses %s, naming the field', (_label, change, field, message) => {
    const result = validateFormat(quiz(change), 'x', 'd');
    if (result.ok) throw new Error('expected problems');
    expect(result.problems.find((p) => p.field === field)?.message).toMatch(message);
  });

  it('refuses counts that do not fit the blueprint, saying by how much', () => {
    const draft = quiz();
    const [part] = draft.parts;
    if (!part) throw new Error('fixture');
    const result = validateFormat({ ...draft, parts: [{ ...part, count: 60 }] }, 'x', 'd');
    if (result.ok) throw new Error('expected problems');
    expect(result.problems.map((p) => p.message)).toEqual([
      'Multiple choice: the areas add up to 50 but the part has 60 questions. Change the counts or scale the areas to 60.',
    ]);
  });
});
