import type { AreaId } from './areas';

/** How a question's text is written. Plain text is shown as text; Markdown and HTML are sanitised first. */
export type TextFormat = 'plain' | 'markdown' | 'html';

export interface Choice {
  /** 'A', 'B', ... in bank order. */
  readonly id: string;
  readonly text: string;
}

export type CodeSystem = 'ICD-10-CM' | 'ICD-10-PCS' | 'HCPCS' | 'CPT' | 'other';

export interface ExpectedCode {
  readonly code: string;
  readonly system: CodeSystem;
  readonly why?: string;
}

/** A short typed answer: text (compared without regard to case unless said) or a number with a tolerance. */
export type AcceptedAnswer =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'number'; readonly value: number; readonly tolerance: number };

interface QuestionBase {
  /** Stable within its bank. */
  readonly id: string;
  readonly bankId: string;
  readonly area: AreaId;
  readonly stem: string;
  readonly textFormat: TextFormat;
  readonly rationale: string;
  readonly references: readonly string[];
  readonly tags: readonly string[];
}

export interface SingleQuestion extends QuestionBase {
  readonly type: 'single';
  readonly choices: readonly Choice[];
  readonly key: string;
}

export interface MultipleQuestion extends QuestionBase {
  readonly type: 'multiple';
  readonly choices: readonly Choice[];
  readonly keys: readonly string[];
}

export interface ShortQuestion extends QuestionBase {
  readonly type: 'short';
  readonly accepted: readonly AcceptedAnswer[];
  readonly caseSensitive: boolean;
}

export interface CaseQuestion extends QuestionBase {
  readonly type: 'case';
  /** The medical record the candidate codes from. */
  readonly record: string;
  readonly expectedCodes: readonly ExpectedCode[];
  /** The first expected code is the principal diagnosis and earns its point only when entered first. */
  readonly principalFirst: boolean;
}

export type Question = SingleQuestion | MultipleQuestion | ShortQuestion | CaseQuestion;
export type QuestionType = Question['type'];

/** Identifies a question across banks. */
export type QuestionKey = string;

export function questionKey(q: Pick<Question, 'bankId' | 'id'>): QuestionKey {
  return `${q.bankId}/${q.id}`;
}

/** Which kind of form part a question can fill. */
export function partKindOf(q: Question): 'choice' | 'case' {
  return q.type === 'case' ? 'case' : 'choice';
}

/** Points a question is worth: one, or one per expected code for a case. */
export function pointsPossible(q: Question): number {
  return q.type === 'case' ? q.expectedCodes.length : 1;
}

export const CHOICE_IDS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'] as const;
