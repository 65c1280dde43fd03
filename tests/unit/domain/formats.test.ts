import { describe, expect, it } from 'vitest';
import { BUILT_IN_FORMATS } from '../../../src/domain/builtInFormats';
import { formatQuestionCount, partQuestionCount } from '../../../src/domain/formats';
import { builtIn } from '../../support/fixtures';

describe('built-in formats', () => {
  it.each([
    ['cpc', 150, 340, 70],
    ['coc', 150, 340, 70],
    ['crc', 150, 340, 70],
    ['cascc', 150, 340, 70],
    ['cedc', 150, 340, 70],
    ['chonc', 150, 340, 70],
    ['cemc', 150, 340, 70],
    ['cic', 70, 340, 70],
    ['cpc-newer', 100, 240, 70],
    ['crc-newer', 100, 240, 70],
    ['cic-newer', 47, 240, 70],
  ])('%s has %i questions in %i minutes at %i%%', (id, questions, minutes, pass) => {
    const format = builtIn(id);
    expect(formatQuestionCount(format)).toBe(questions);
    expect(format.timing).toEqual({ kind: 'timed', minutes });
    expect(format.passPercent).toBe(pass);
  });

  it('CIC is 60 multiple choice plus 10 inpatient cases', () => {
    const cic = builtIn('cic');
    expect(cic.parts.map((p) => [p.kind, partQuestionCount(p)])).toEqual([
      ['choice', 60],
      ['case', 10],
    ]);
  });

  it('CMCS is a 10-day open-book window at 80% whose question count is marked as assumed', () => {
    const cmcs = builtIn('cmcs');
    expect(cmcs.timing).toEqual({ kind: 'window', days: 10 });
    expect(cmcs.passPercent).toBe(80);
    expect(cmcs.openBook).toBe(true);
    expect(formatQuestionCount(cmcs)).toBe(100);
    expect(cmcs.assumptions.join(' ')).toMatch(/100 is assumed/);
    expect(cmcs.catalog.retakes?.free).toBe(2);
  });

  it.each([
    ['cpc', [299, 399]],
    ['coc', [399, 325]],
    ['cic', [399, 325]],
    ['crc', [399, 325]],
    ['cemc', [299]],
    ['cmcs', [325]],
  ])('%s fees come from the source: %j', (id, fees) => {
    expect(builtIn(id).catalog.prices.map((p) => p.usd)).toEqual(fees);
  });

  it('every format has unique ids, non-empty parts and blueprint rows with positive counts', () => {
    const ids = BUILT_IN_FORMATS.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const format of BUILT_IN_FORMATS) {
      expect(format.parts.length).toBeGreaterThan(0);
      for (const part of format.parts) for (const row of part.blueprint) expect(row.count).toBeGreaterThan(0);
    }
  });

  it('the newer formats are labelled with their source and never replace the defaults', () => {
    const newer = BUILT_IN_FORMATS.filter((f) => f.origin === 'newer-built-in');
    expect(newer.map((f) => f.id)).toEqual(['cpc-newer', 'cic-newer', 'crc-newer']);
    for (const f of newer) expect(f.source.label).toMatch(/AAPC/);
    expect(builtIn('cpc').origin).toBe('built-in');
  });
});
