import type { AreaId } from './areas';
import { assertNever } from './assert';
import type { Answer, Attempt, Response } from './attempt';
import { normaliseCode } from './codes';
import type { Form } from './form';
import {
  type AcceptedAnswer,
  type CaseQuestion,
  pointsPossible,
  type Question,
  type QuestionKey,
  questionKey,
  type ShortQuestion,
} from './questions';

export type CodeMark = 'found' | 'missing' | 'out-of-order';

export interface CaseMarks {
  readonly expected: readonly { readonly code: string; readonly mark: CodeMark }[];
  /** Entered codes that match no expected code (they earn nothing). */
  readonly extra: readonly string[];
}

export interface ItemScore {
  readonly question: QuestionKey;
  readonly partId: string;
  readonly area: AreaId;
  readonly earned: number;
  readonly possible: number;
  readonly answered: boolean;
  readonly correct: boolean;
  readonly caseMarks: CaseMarks | null;
}

export interface Tally {
  readonly id: string;
  readonly earned: number;
  readonly possible: number;
  readonly questions: number;
  readonly percent: number;
}

export interface Score {
  readonly earned: number;
  readonly possible: number;
  readonly percent: number;
  readonly passPercent: number;
  readonly passed: boolean;
  /** The fewest points that pass. */
  readonly pointsNeeded: number;
  /** Points above (positive) or below (negative) the fewest that pass. */
  readonly margin: number;
  readonly byPart: readonly Tally[];
  readonly byArea: readonly Tally[];
  readonly items: readonly ItemScore[];
}

/** Case, spaces and the dot do not matter; the principal code counts only when entered first. */
export function markCase(question: CaseQuestion, entered: readonly string[]): CaseMarks {
  const remaining = entered.map(normaliseCode).filter((c) => c.length > 0);
  const first = remaining[0];
  const expected = question.expectedCodes.map((expectedCode, index) => {
    const code = normaliseCode(expectedCode.code);
    const at = remaining.indexOf(code);
    if (at < 0) return { code: expectedCode.code, mark: 'missing' as const };
    remaining.splice(at, 1);
    const principal = question.principalFirst && index === 0;
    return {
      code: expectedCode.code,
      mark: principal && first !== code ? ('out-of-order' as const) : ('found' as const),
    };
  });
  return { expected, extra: remaining };
}

function collapse(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

function acceptsShort(question: ShortQuestion, typed: string, accepted: AcceptedAnswer): boolean {
  switch (accepted.kind) {
    case 'text': {
      const a = collapse(accepted.text);
      const b = collapse(typed);
      return question.caseSensitive ? a === b : a.toLowerCase() === b.toLowerCase();
    }
    case 'number': {
      const value = Number(typed.trim().replace(',', '.'));
      return (
        typed.trim() !== '' &&
        Number.isFinite(value) &&
        Math.abs(value - accepted.value) <= accepted.tolerance
      );
    }
    default:
      return assertNever(accepted, 'accepted answer');
  }
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a);
  return set.size === new Set(b).size && b.every((x) => set.has(x));
}

/** Points a question earns for an answer; null (no answer) earns nothing. */
export function pointsEarned(
  question: Question,
  answer: Answer | null,
): { earned: number; marks: CaseMarks | null } {
  if (answer === null) {
    return { earned: 0, marks: question.type === 'case' ? markCase(question, []) : null };
  }
  switch (question.type) {
    case 'single':
      return { earned: answer.type === 'single' && answer.choice === question.key ? 1 : 0, marks: null };
    case 'multiple':
      return {
        earned: answer.type === 'multiple' && sameSet(answer.choices, question.keys) ? 1 : 0,
        marks: null,
      };
    case 'short':
      return {
        earned:
          answer.type === 'short' && question.accepted.some((a) => acceptsShort(question, answer.text, a))
            ? 1
            : 0,
        marks: null,
      };
    case 'case': {
      const marks = markCase(question, answer.type === 'case' ? answer.codes : []);
      return { earned: marks.expected.filter((e) => e.mark === 'found').length, marks };
    }
    default:
      return assertNever(question, 'question');
  }
}

function tally(items: readonly ItemScore[], idOf: (item: ItemScore) => string): Tally[] {
  const tallies = new Map<string, { earned: number; possible: number; questions: number }>();
  for (const item of items) {
    const id = idOf(item);
    const t = tallies.get(id) ?? { earned: 0, possible: 0, questions: 0 };
    t.earned += item.earned;
    t.possible += item.possible;
    t.questions += 1;
    tallies.set(id, t);
  }
  return [...tallies].map(([id, t]) => ({
    id,
    ...t,
    percent: t.possible > 0 ? (t.earned / t.possible) * 100 : 0,
  }));
}

/**
 * Scores a form against a pass mark. Answers saved after the deadline are ignored. O(questions).
 * Pass when earned / possible x 100 >= the pass mark, compared in whole points to avoid rounding.
 */
export function scoreForm(
  form: Form,
  responses: Readonly<Record<QuestionKey, Response>>,
  passPercent: number,
  deadline: number,
): Score {
  const items: ItemScore[] = form.items.map(({ question, partId }) => {
    const key = questionKey(question);
    const response = responses[key];
    const inTime =
      response?.answer != null && response.answeredAt !== null && response.answeredAt <= deadline;
    const answer = inTime && response ? response.answer : null;
    const possible = pointsPossible(question);
    const { earned, marks } = pointsEarned(question, answer);
    return {
      question: key,
      partId,
      area: question.area,
      earned,
      possible,
      answered: answer !== null,
      correct: possible > 0 && earned === possible,
      caseMarks: marks,
    };
  });
  const earned = items.reduce((s, i) => s + i.earned, 0);
  const possible = items.reduce((s, i) => s + i.possible, 0);
  const pointsNeeded = Math.max(0, Math.ceil((passPercent * possible) / 100 - 1e-9));
  return {
    earned,
    possible,
    percent: possible > 0 ? (earned / possible) * 100 : 0,
    passPercent,
    passed: possible > 0 && earned >= pointsNeeded,
    pointsNeeded,
    margin: earned - pointsNeeded,
    byPart: tally(items, (i) => i.partId),
    byArea: tally(items, (i) => i.area),
    items,
  };
}

export function scoreAttempt(attempt: Attempt): Score {
  return scoreForm(attempt.form, attempt.responses, attempt.format.passPercent, attempt.clock.deadline);
}
