import { assertNever } from './assert';
import type { CatalogFacts, ExamFormat, Price } from './formats';

// What a certification costs over the attempts a candidate expects, with the free retakes the
// format's data grants. Every figure comes from the format; nothing here knows an exam by name.

export type PlanDelivery = 'online' | 'in-person';

export const MIN_ATTEMPTS = 1;
export const MAX_ATTEMPTS = 10;

export interface CostOptions {
  readonly member: boolean;
  readonly delivery: PlanDelivery;
  readonly attempts: number;
  /** Labels of the format's optional extras to include (the CMCS study guide). */
  readonly extras?: readonly string[];
}

export type CostLine =
  | {
      readonly kind: 'fee';
      readonly attempt: number;
      readonly usd: number;
      readonly basis: string;
      readonly source: string;
    }
  | {
      readonly kind: 'free-retake';
      readonly attempt: number;
      readonly usd: 0;
      readonly forMembers: boolean;
      readonly source: string;
    }
  | { readonly kind: 'extra'; readonly label: string; readonly usd: number; readonly source: string };

export interface CostPlan {
  readonly lines: readonly CostLine[];
  readonly total: number;
  readonly notes: readonly string[];
}

export interface PriceMatch {
  readonly price: Price;
  /** The candidate is not a member, but the format requires membership: priced as a member. */
  readonly membershipRequired: boolean;
  /** No fee is recorded for the delivery asked for; the fee of another delivery is used. */
  readonly otherDelivery: boolean;
}

const matchesMembership = (p: Price, member: boolean): boolean =>
  p.membership === 'any' || p.membership === (member ? 'member' : 'non-member');

const matchesDelivery = (p: Price, delivery: PlanDelivery): boolean =>
  p.delivery === 'any' || p.delivery === delivery;

// A row naming the exact membership or delivery beats an 'any' row, whatever the order in the data.
const specificity = (p: Price): number => (p.membership === 'any' ? 0 : 2) + (p.delivery === 'any' ? 0 : 1);

function mostSpecific(prices: readonly Price[]): Price | undefined {
  return [...prices].sort((a, b) => specificity(b) - specificity(a))[0];
}

/** The fee row that applies, or null when the format records none for this candidate. */
export function findPrice(catalog: CatalogFacts, member: boolean, delivery: PlanDelivery): PriceMatch | null {
  const membershipRequired = !member && catalog.membershipRequired;
  const asMember = member || catalog.membershipRequired;
  const byMembership = catalog.prices.filter((p) => matchesMembership(p, asMember));
  const exact = mostSpecific(byMembership.filter((p) => matchesDelivery(p, delivery)));
  if (exact) return { price: exact, membershipRequired, otherDelivery: false };
  const other = mostSpecific(byMembership);
  return other ? { price: other, membershipRequired, otherDelivery: true } : null;
}

/** `non-member fee`, `online fee`, `member fee, online`. */
export function describeFeeBasis(price: Price): string {
  const who = price.membership === 'any' ? '' : price.membership;
  const how = price.delivery === 'any' ? '' : price.delivery;
  if (!who) return how ? `${how} fee` : 'fee';
  return how ? `${who} fee, ${how}` : `${who} fee`;
}

/** `Attempt 1: $399 (non-member fee)`, `Attempt 2: $0 (free retake for members)`. */
export function describeCostLine(line: CostLine): string {
  switch (line.kind) {
    case 'fee':
      return `Attempt ${line.attempt}: $${line.usd} (${line.basis})`;
    case 'free-retake':
      return `Attempt ${line.attempt}: $0 (free retake${line.forMembers ? ' for members' : ''})`;
    case 'extra':
      return `${line.label}: $${line.usd}`;
    default:
      return assertNever(line, 'cost line');
  }
}

const clampAttempts = (n: number): number =>
  Number.isFinite(n) ? Math.min(MAX_ATTEMPTS, Math.max(MIN_ATTEMPTS, Math.trunc(n))) : MIN_ATTEMPTS;

export function planCost(format: ExamFormat, options: CostOptions): CostPlan {
  const { catalog } = format;
  const attempts = clampAttempts(options.attempts);
  const notes: string[] = [];
  if (attempts !== options.attempts) {
    notes.push(`Attempts are planned from ${MIN_ATTEMPTS} to ${MAX_ATTEMPTS}: ${attempts} used.`);
  }

  const match = findPrice(catalog, options.member, options.delivery);
  const extras = extraLines(format, options.extras ?? []);
  if (!match) {
    notes.push(`No fee is recorded for ${format.code} for this candidate.`);
    return finish(extras, notes);
  }
  notes.push(...priceNotes(format, match, options.delivery));

  const asMember = options.member || match.membershipRequired;
  const retakes = catalog.retakes;
  const freeRetakes = retakes && (retakes.who === 'everyone' || asMember) ? retakes.free : 0;
  const feeSource = `${format.source.label}: ${catalog.feeNote}`;
  const retakeSource = `${format.source.label}: ${catalog.retakeNote}`;
  const basis = describeFeeBasis(match.price) + (match.membershipRequired ? '; membership required' : '');

  const lines: CostLine[] = [];
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const free = attempt > 1 && attempt - 1 <= freeRetakes;
    lines.push(
      free && retakes
        ? {
            kind: 'free-retake',
            attempt,
            usd: 0,
            forMembers: retakes.who === 'members',
            source: retakeSource,
          }
        : { kind: 'fee', attempt, usd: match.price.usd, basis, source: feeSource },
    );
  }
  notes.push(...retakeNotes(format, asMember, attempts, freeRetakes));
  return finish([...lines, ...extras], notes);
}

function finish(lines: readonly CostLine[], notes: readonly string[]): CostPlan {
  return { lines, total: lines.reduce((sum, l) => sum + l.usd, 0), notes };
}

function extraLines(format: ExamFormat, chosen: readonly string[]): CostLine[] {
  return format.catalog.extras
    .filter((e) => chosen.includes(e.label))
    .map((e) => ({ kind: 'extra', label: e.label, usd: e.usd, source: format.source.label }));
}

function priceNotes(format: ExamFormat, match: PriceMatch, delivery: PlanDelivery): string[] {
  const notes: string[] = [];
  if (match.membershipRequired) {
    notes.push(
      `${format.body} membership is required for ${format.code}, so the plan prices you as a member. Membership dues are not in the source and are not included.`,
    );
  }
  if (match.otherDelivery) {
    notes.push(
      `The source gives no ${delivery === 'online' ? 'online' : 'in-person'} fee for ${format.code}: the ${describeFeeBasis(match.price)} is used.`,
    );
  }
  return notes;
}

function retakeNotes(format: ExamFormat, asMember: boolean, attempts: number, freeRetakes: number): string[] {
  const retakes = format.catalog.retakes;
  if (attempts === 1) return [];
  if (!retakes) {
    return [
      `The source does not state a retake policy for ${format.code}: every attempt is charged in full.`,
    ];
  }
  const notes: string[] = [];
  if (retakes.who === 'members' && !asMember) {
    notes.push(
      `Free retakes are for ${format.body} members only: as a non-member every attempt is charged in full.`,
    );
  }
  if (freeRetakes > 0 && retakes.withinMonths !== null) {
    notes.push(
      `A free retake must be taken within ${retakes.withinMonths} months of the first attempt; later it is charged in full.`,
    );
  }
  if (freeRetakes > 0 && attempts - 1 > freeRetakes) {
    notes.push(
      `The source does not say what retakes cost once the ${freeRetakes === 1 ? 'free retake is' : `${freeRetakes} free retakes are`} used: the full fee is assumed.`,
    );
  }
  return notes;
}
