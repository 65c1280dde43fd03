import type { AreaId } from './areas';

/** A fixed exam time, or a calendar window the candidate may come back to (CMCS: 10 days). */
export type Timing =
  | { readonly kind: 'timed'; readonly minutes: number }
  | { readonly kind: 'window'; readonly days: number };

export interface BlueprintRow {
  readonly area: AreaId;
  readonly count: number;
}

export interface FormatPart {
  readonly id: string;
  /** 'choice' parts draw single, multiple and short questions; 'case' parts draw coding cases. */
  readonly kind: 'choice' | 'case';
  readonly title: string;
  readonly blueprint: readonly BlueprintRow[];
}

export type Membership = 'member' | 'non-member' | 'any';
export type Delivery = 'online' | 'in-person' | 'any';

export interface Price {
  readonly usd: number;
  readonly membership: Membership;
  readonly delivery: Delivery;
}

export interface RetakePolicy {
  readonly free: number;
  readonly who: 'members' | 'everyone';
  /** A retake must be taken within this many months of the first attempt; null when not limited. */
  readonly withinMonths: number | null;
}

export interface CatalogFacts {
  readonly prices: readonly Price[];
  readonly feeNote: string;
  readonly membershipRequired: boolean;
  /** null where the source does not say. */
  readonly retakes: RetakePolicy | null;
  readonly retakeNote: string;
  readonly eligibility: string;
  readonly allowedReferences: string;
  readonly extras: readonly { readonly label: string; readonly usd: number }[];
}

export interface FormatSource {
  readonly label: string;
  readonly date: string;
}

export interface ExamFormat {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly body: string;
  readonly summary: string;
  readonly parts: readonly FormatPart[];
  readonly timing: Timing;
  readonly passPercent: number;
  readonly openBook: boolean;
  readonly catalog: CatalogFacts;
  /** Figures the product assumed where the source is silent; shown beside the format. */
  readonly assumptions: readonly string[];
  readonly blueprintNote: string;
  readonly source: FormatSource;
  readonly origin: 'built-in' | 'newer-built-in' | 'custom';
}

export function partQuestionCount(part: FormatPart): number {
  return part.blueprint.reduce((sum, row) => sum + row.count, 0);
}

export function formatQuestionCount(format: ExamFormat): number {
  return format.parts.reduce((sum, part) => sum + partQuestionCount(part), 0);
}

/** Minutes for timed formats, before any accommodation. */
export function timingMinutes(timing: Timing): number {
  return timing.kind === 'timed' ? timing.minutes : timing.days * 24 * 60;
}
