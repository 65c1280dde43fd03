import { describe, expect, it } from 'vitest';
import {
  type CostOptions,
  describeCostLine,
  describeFeeBasis,
  findPrice,
  type PlanDelivery,
  planCost,
} from '../../../src/domain/costPlan';
import type { ExamFormat } from '../../../src/domain/formats';
import { builtIn } from '../../support/fixtures';

const opts = (member: boolean, delivery: PlanDelivery, attempts: number, extras?: string[]): CostOptions => ({
  member,
  delivery,
  attempts,
  extras,
});

const texts = (format: ExamFormat, o: CostOptions) => planCost(format, o).lines.map(describeCostLine);

describe('planCost totals', () => {
  it.each<[string, string, CostOptions, number]>([
    // The three totals the guide promises.
    ['non-member COC twice', 'coc', opts(false, 'online', 2), 798],
    ['member COC twice', 'coc', opts(true, 'online', 2), 325],
    ['CMCS three attempts', 'cmcs', opts(true, 'online', 3), 325],
    // CMCS requires membership: a non-member is priced as a member, with the same free retakes.
    ['CMCS three attempts, non-member', 'cmcs', opts(false, 'online', 3), 325],
    ['CMCS four attempts', 'cmcs', opts(true, 'online', 4), 650],
    ['CMCS once with the study guide', 'cmcs', opts(true, 'online', 1, ['AMBA study guide (optional)']), 524],
    ['CPC online once', 'cpc', opts(false, 'online', 1), 299],
    ['CPC in person once', 'cpc', opts(true, 'in-person', 1), 399],
    ['CPC online three times (retakes not stated)', 'cpc', opts(true, 'online', 3), 897],
    ['COC member three times (one free retake)', 'coc', opts(true, 'in-person', 3), 650],
    ['CIC non-member twice (free retake for everyone)', 'cic', opts(false, 'online', 2), 399],
    ['CRC non-member twice', 'crc', opts(false, 'online', 2), 798],
    ['CRC member twice', 'crc', opts(true, 'online', 2), 325],
    ['CEMC non-member twice (membership required)', 'cemc', opts(false, 'in-person', 2), 299],
    ['CASCC member three times', 'cascc', opts(true, 'online', 3), 598],
    ['COC with an unknown extra ignored', 'coc', opts(true, 'online', 1, ['nope']), 325],
  ])('%s', (_label, id, options, total) => {
    expect(planCost(builtIn(id), options).total).toBe(total);
  });
});

describe('planCost lines', () => {
  it('spells out every attempt with its basis', () => {
    expect(texts(builtIn('coc'), opts(false, 'online', 2))).toEqual([
      'Attempt 1: $399 (non-member fee)',
      'Attempt 2: $399 (non-member fee)',
    ]);
    expect(texts(builtIn('coc'), opts(true, 'online', 2))).toEqual([
      'Attempt 1: $325 (member fee)',
      'Attempt 2: $0 (free retake for members)',
    ]);
    expect(texts(builtIn('cmcs'), opts(true, 'online', 3, ['AMBA study guide (optional)']))).toEqual([
      'Attempt 1: $325 (member fee, online)',
      'Attempt 2: $0 (free retake for members)',
      'Attempt 3: $0 (free retake for members)',
      'AMBA study guide (optional): $199',
    ]);
    expect(texts(builtIn('cic'), opts(false, 'online', 2))).toEqual([
      'Attempt 1: $399 (non-member fee)',
      'Attempt 2: $0 (free retake)',
    ]);
    expect(texts(builtIn('cpc'), opts(false, 'in-person', 1))).toEqual(['Attempt 1: $399 (in-person fee)']);
  });

  it('names the source of every figure', () => {
    const plan = planCost(builtIn('coc'), opts(true, 'online', 2));
    for (const line of plan.lines) expect(line.source).toMatch(/source article/);
    expect(plan.lines[0]?.source).toContain('$399; AAPC members $325.');
    expect(plan.lines[1]?.source).toContain('AAPC members: one free retake.');
  });

  it('marks a non-member priced as a member where membership is required', () => {
    const plan = planCost(builtIn('cemc'), opts(false, 'online', 1));
    expect(plan.lines.map(describeCostLine)).toEqual(['Attempt 1: $299 (member fee; membership required)']);
    expect(plan.notes.join(' ')).toMatch(/AAPC membership is required for CEMC/);
  });
});

describe('planCost notes', () => {
  it.each<[string, string, CostOptions, RegExp]>([
    ['retakes not stated', 'cpc', opts(false, 'online', 2), /does not state a retake policy/],
    ['retakes for members only', 'coc', opts(false, 'online', 2), /members only/],
    ['the 12-month limit', 'chonc', opts(true, 'online', 2), /within 12 months/],
    ['retakes beyond the free ones', 'coc', opts(true, 'online', 3), /full fee is assumed/],
    ['no in-person fee for CMCS', 'cmcs', opts(true, 'in-person', 1), /no in-person fee for CMCS/],
    ['membership required', 'cmcs', opts(false, 'online', 1), /AMBA membership is required/],
  ])('%s', (_label, id, options, note) => {
    expect(planCost(builtIn(id), options).notes.join(' ')).toMatch(note);
  });

  it('says nothing about retakes for a single attempt', () => {
    expect(planCost(builtIn('cpc'), opts(false, 'online', 1)).notes).toEqual([]);
    expect(planCost(builtIn('chonc'), opts(true, 'online', 1)).notes).toEqual([]);
  });

  it('does not note the 12-month limit when no free retake applies', () => {
    expect(planCost(builtIn('coc'), opts(true, 'online', 2)).notes).toEqual([]);
  });
});

describe('planCost edge cases', () => {
  it.each([
    [0, 1],
    [-3, 1],
    [2.7, 2],
    [11, 10],
    [Number.NaN, 1],
  ])('clamps %d attempts to %d and says so', (asked, used) => {
    const plan = planCost(builtIn('cpc'), opts(false, 'online', asked));
    expect(plan.lines).toHaveLength(used);
    expect(plan.notes.join(' ')).toMatch(`${used} used`);
  });

  it('returns no lines when the format records no fee for the candidate', () => {
    const base = builtIn('coc');
    const memberOnly: ExamFormat = {
      ...base,
      catalog: { ...base.catalog, prices: [{ usd: 100, membership: 'member', delivery: 'any' }] },
    };
    const plan = planCost(memberOnly, opts(false, 'online', 2));
    expect(plan).toEqual({ lines: [], total: 0, notes: ['No fee is recorded for COC for this candidate.'] });
  });

  it('prefers the most specific fee row over an "any" row, whatever the order', () => {
    const base = builtIn('cpc');
    const catalog = {
      ...base.catalog,
      prices: [
        { usd: 500, membership: 'any', delivery: 'any' },
        { usd: 250, membership: 'member', delivery: 'online' },
      ] as const,
    };
    expect(findPrice(catalog, true, 'online')?.price.usd).toBe(250);
    expect(findPrice(catalog, false, 'online')?.price.usd).toBe(500);
  });

  it.each([
    [{ usd: 1, membership: 'any', delivery: 'any' } as const, 'fee'],
    [{ usd: 1, membership: 'non-member', delivery: 'any' } as const, 'non-member fee'],
    [{ usd: 1, membership: 'any', delivery: 'online' } as const, 'online fee'],
    [{ usd: 1, membership: 'member', delivery: 'in-person' } as const, 'member fee, in-person'],
  ])('describes %j as %s', (price, text) => {
    expect(describeFeeBasis(price)).toBe(text);
  });
});
