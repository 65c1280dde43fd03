import { describe, expect, it } from 'vitest';
import { displayCode, normaliseCode } from '../../../src/domain/codes';

describe('code normalisation', () => {
  it.each([
    ['e11.9', 'E119'],
    ['E119', 'E119'],
    [' e 11 . 9 ', 'E119'],
    ['0dtj4zz', '0DTJ4ZZ'],
    ['s72.001a', 'S72001A'],
    ['', ''],
  ])('%j becomes %j', (raw, expected) => {
    expect(normaliseCode(raw)).toBe(expected);
  });

  it.each([
    ['e119', 'ICD-10-CM', 'E11.9'],
    ['i10', 'ICD-10-CM', 'I10'],
    ['s72001a', 'ICD-10-CM', 'S72.001A'],
    ['0dtj4zz', 'ICD-10-PCS', '0DTJ4ZZ'],
    ['j1100', 'HCPCS', 'J1100'],
    ['j11.00', null, 'J1100'],
  ] as const)('%j in %s shows as %j', (raw, system, shown) => {
    expect(displayCode(raw, system)).toBe(shown);
  });
});
