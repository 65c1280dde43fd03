import type { Span } from './source';
import { stripFormat } from './textFormat';

/**
 * The inside of an answer block `{...}`, read as Moodle's qformat_gift reads it: the type is decided
 * by the first rule that matches (empty -> essay, leading `#` -> numerical, any `~` -> multiple choice,
 * `=` with `->` -> matching, T/F -> true/false, anything else -> short answer).
 */
export type AnswerBlock =
  | { readonly type: 'choice'; readonly answers: readonly Answer[] }
  | {
      readonly type: 'truefalse';
      readonly value: boolean;
      /** Moodle's order: the first `#` is shown after a wrong answer, the second after a right one. */
      readonly wrongFeedback: string;
      readonly rightFeedback: string;
    }
  | { readonly type: 'short'; readonly answers: readonly Answer[] }
  | { readonly type: 'numerical'; readonly answers: readonly NumericAnswer[] }
  | { readonly type: 'essay' }
  | { readonly type: 'matching' };

export interface Answer {
  readonly text: string;
  readonly feedback: string;
  /** Percent of the mark, -100..100 as written; `=` is 100. */
  readonly weight: number;
  /** True when marked with `=` (as opposed to `~` or nothing). */
  readonly equals: boolean;
  readonly line: number;
}

export type NumericAnswer =
  | {
      readonly ok: true;
      readonly value: number;
      readonly tolerance: number;
      readonly feedback: string;
      readonly weight: number;
      readonly line: number;
    }
  | { readonly ok: false; readonly written: string; readonly message: string; readonly line: number };

const WEIGHT = /^%(-?\d+(?:\.\d*)?)%/;
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const TRUE_FALSE: ReadonlyMap<string, boolean> = new Map([
  ['T', true],
  ['TRUE', true],
  ['F', false],
  ['FALSE', false],
]);

/** Reads the answer block's inside (general feedback `####...` already removed). */
export function readAnswers(inner: Span): AnswerBlock {
  const body = inner.trim();
  if (body.length === 0) return { type: 'essay' };
  if (body.startsWith('#')) return { type: 'numerical', answers: numerical(body.slice(1)) };
  if (body.indexOf('~') >= 0) return { type: 'choice', answers: pieces(body, '~=', 0) };
  if (body.indexOf('=') >= 0 && body.indexOf('->') >= 0) return { type: 'matching' };
  const hash = body.indexOf('#');
  // Moodle compares case-sensitively; lower case is accepted too, since nobody writing `{true}` means
  // a typed answer "true".
  const head = (hash > 0 ? body.slice(0, hash) : body).trim().text.toUpperCase();
  const tf = TRUE_FALSE.get(head);
  if (tf !== undefined) {
    const after = hash > 0 ? body.slice(hash + 1) : null;
    const second = after ? after.indexOf('#') : -1;
    return {
      type: 'truefalse',
      value: tf,
      wrongFeedback: after ? clean(second >= 0 ? after.slice(0, second) : after) : '',
      rightFeedback: after && second >= 0 ? clean(after.slice(second + 1)) : '',
    };
  }
  return { type: 'short', answers: pieces(body, '=', 100) };
}

/** Splits at the markers; an unmarked leading piece counts, with the given default weight. */
function pieces(body: Span, markers: string, unmarkedWeight: number): Answer[] {
  const answers: Answer[] = [];
  for (const piece of body.splitBefore(markers)) {
    const marker = piece.text.charAt(0);
    const marked = marker !== '' && markers.includes(marker) && piece.markerAt(0, marker);
    const rest = (marked ? piece.slice(1) : piece).trim();
    if (!marked && rest.length === 0) continue;
    const equals = marked && marker === '=';
    // In a choice block `=` means full marks and what follows is the answer, weight-looking or not
    // (as in Moodle); in a short-answer block `=` only starts the answer and a weight may follow.
    const weighted = equals && markers.includes('~') ? null : WEIGHT.exec(rest.text);
    const defaultWeight = equals ? 100 : marked ? (marker === '~' ? 0 : 100) : unmarkedWeight;
    const textAndFeedback = weighted ? rest.slice(weighted[0].length) : rest;
    const { text, feedback } = comment(textAndFeedback);
    answers.push({
      text,
      feedback,
      weight: weighted ? Number(weighted[1]) : defaultWeight,
      equals,
      line: piece.line,
    });
  }
  return answers;
}

/** `{#...}`: `value`, `value:tolerance` or `min..max`, several joined by `=`, wrong feedback after `~`. */
function numerical(afterHash: Span): NumericAnswer[] {
  const tilde = afterHash.indexOf('~');
  const body = tilde >= 0 ? afterHash.slice(0, tilde) : afterHash;
  const answers: NumericAnswer[] = [];
  for (const answer of pieces(body, '=', 100)) {
    const written = answer.text;
    const range = written.indexOf('..');
    const colon = written.indexOf(':');
    const fail = (message: string): NumericAnswer => ({ ok: false, written, message, line: answer.line });
    let value: number;
    let tolerance: number;
    if (range > 0) {
      const min = written.slice(0, range).trim();
      const max = written.slice(range + 2).trim();
      if (!NUMBER.test(min) || !NUMBER.test(max)) {
        answers.push(fail(`the range "${written}" must be two numbers, such as 1..5`));
        continue;
      }
      value = (Number(min) + Number(max)) / 2;
      tolerance = Math.abs(Number(max) - Number(min)) / 2;
    } else if (colon > 0) {
      const v = written.slice(0, colon).trim();
      const t = written.slice(colon + 1).trim();
      if (!NUMBER.test(v) || !NUMBER.test(t) || Number(t) < 0) {
        answers.push(
          fail(`"${written}" must be a number and a tolerance of zero or more, such as 3.14:0.01`),
        );
        continue;
      }
      value = Number(v);
      tolerance = Number(t);
    } else if (NUMBER.test(written)) {
      value = Number(written);
      tolerance = 0;
    } else {
      answers.push(fail(`the numerical answer "${written}" is not a number`));
      continue;
    }
    if (!Number.isFinite(value) || !Number.isFinite(tolerance)) {
      answers.push(fail(`the numerical answer "${written}" is too large`));
      continue;
    }
    answers.push({
      ok: true,
      value,
      tolerance,
      feedback: answer.feedback,
      weight: answer.weight,
      line: answer.line,
    });
  }
  return answers;
}

/** An answer's text and, after the first unescaped `#`, its feedback. */
function comment(span: Span): { text: string; feedback: string } {
  const hash = span.indexOf('#');
  if (hash < 0) return { text: clean(span), feedback: '' };
  return { text: clean(span.slice(0, hash)), feedback: clean(span.slice(hash + 1)) };
}

function clean(span: Span): string {
  return stripFormat(span.text.trim()).text;
}
