/** The answers of Moodle questions: fractions, keys, accepted short and numerical answers. */
import type { AcceptedAnswer } from '../../domain/questions';
import { choicesFrom, MAX_CHOICES } from '../build';
import { type Problems, parseDecimal, repeatedChoices } from './common';
import { attributeOf, childNamed, childrenNamed, textOf, type XmlElement } from './tree';

/** The `<text>` of a Moodle text field, or the field's own text when it has none. */
export function textIn(el: XmlElement | undefined): string {
  if (!el) return '';
  const text = childNamed(el, '', 'text');
  if (text) return textOf(text).trim();
  return el.children
    .map((c) => (c.kind === 'text' ? c.text : ''))
    .join('')
    .trim();
}

export const isFull = (fraction: number) => fraction >= 100 - 1e-6;

export interface Answer {
  readonly line: number;
  readonly fraction: number;
  readonly text: string;
  readonly feedback: string;
  readonly element: XmlElement;
}

export interface Context {
  readonly q: XmlElement;
  readonly label: string;
  readonly problems: Problems;
}

export function readAnswers({ q, label, problems }: Context): Answer[] {
  return childrenNamed(q, '', 'answer').map((element) => {
    const raw = attributeOf(element, 'fraction') ?? '0';
    const fraction = parseDecimal(raw);
    if (fraction === null)
      problems.add(
        element.line,
        `${label}: the answer has fraction "${raw}"; it must be a percentage such as 100, 50 or -25`,
        'fraction',
      );
    return {
      line: element.line,
      fraction: fraction ?? 0,
      text: textIn(element),
      feedback: textIn(childNamed(element, '', 'feedback')),
      element,
    };
  });
}

export type Body =
  | { type: 'single'; choices: string[]; key: string }
  | { type: 'multiple'; choices: string[]; keys: string[] };

export function choiceQuestion(ctx: Context, answers: readonly Answer[], single: boolean): Body | null {
  const { q, label, problems } = ctx;
  const before = problems.list.length;
  if (answers.length < 2)
    problems.add(q.line, `${label}: needs at least 2 answers, has ${answers.length}`, 'answer');
  if (answers.length > MAX_CHOICES)
    problems.add(
      q.line,
      `${label}: has ${answers.length} answers; at most ${MAX_CHOICES} can be imported`,
      'answer',
    );
  for (const a of answers)
    if (a.text === '') problems.add(a.line, `${label}: an answer has no text`, 'answer');
  for (const i of repeatedChoices(answers.map((a) => a.text)))
    if (answers[i]?.text)
      problems.add(answers[i]?.line ?? q.line, `${label}: the answer repeats an earlier one`, 'answer');
  const choices = answers.map((a) => a.text);
  const ids = choicesFrom(choices).map((c) => c.id);
  if (single) {
    const full = answers.flatMap((a, i) => (isFull(a.fraction) ? [i] : []));
    if (full.length !== 1)
      problems.add(
        q.line,
        full.length === 0
          ? `${label}: no answer has fraction 100, so the question has no key`
          : `${label}: answers on lines ${full.map((i) => answers[i]?.line).join(', ')} all have fraction 100; a one-answer question has exactly one key (make it a multiple-answer question with <single>false</single>)`,
        'fraction',
      );
    return problems.list.length > before ? null : { type: 'single', choices, key: ids[full[0] ?? 0] ?? 'A' };
  }
  const keys = answers.flatMap((a, i) => (a.fraction > 0 ? [ids[i] ?? ''] : []));
  if (keys.length === 0)
    problems.add(q.line, `${label}: no answer has a positive fraction, so none is a key`, 'fraction');
  return problems.list.length > before ? null : { type: 'multiple', choices, keys };
}

export function singleFlag(ctx: Context): boolean {
  const el = childNamed(ctx.q, '', 'single');
  const value = textIn(el).toLowerCase();
  if (value === '' || value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  ctx.problems.add(
    el?.line ?? ctx.q.line,
    `${ctx.label}: <single> must be true or false, not "${value}"`,
    'single',
  );
  return true;
}

export function trueFalse(ctx: Context, answers: readonly Answer[]): Body | null {
  const truth = answers.find((a) => a.text.toLowerCase() === 'true');
  const falsity = answers.find((a) => a.text.toLowerCase() === 'false');
  if (!truth || !falsity || answers.length !== 2) {
    ctx.problems.add(
      ctx.q.line,
      `${ctx.label}: a true/false question needs one answer "true" and one "false"`,
      'answer',
    );
    return null;
  }
  if (isFull(truth.fraction) === isFull(falsity.fraction)) {
    ctx.problems.add(
      ctx.q.line,
      `${ctx.label}: exactly one of "true" and "false" must have fraction 100`,
      'fraction',
    );
    return null;
  }
  return { type: 'single', choices: ['True', 'False'], key: isFull(truth.fraction) ? 'A' : 'B' };
}

export function shortAnswers(ctx: Context, answers: readonly Answer[]): AcceptedAnswer[] {
  const accepted: AcceptedAnswer[] = [];
  for (const a of answers.filter((x) => isFull(x.fraction))) {
    if (a.text === '') ctx.problems.add(a.line, `${ctx.label}: an answer worth 100% has no text`, 'answer');
    // Moodle's "*" matches anything; the simulator compares whole answers only.
    else if (/(^|[^\\])\*/.test(a.text))
      ctx.problems.add(
        a.line,
        `${ctx.label}: the answer "${a.text}" uses the * wildcard, which cannot be imported`,
        'answer',
      );
    else accepted.push({ kind: 'text', text: a.text.replace(/\\\*/g, '*') });
  }
  return accepted;
}

export function numberAnswers(ctx: Context, answers: readonly Answer[]): AcceptedAnswer[] {
  const accepted: AcceptedAnswer[] = [];
  for (const a of answers.filter((x) => isFull(x.fraction))) {
    const value = parseDecimal(a.text);
    const toleranceEl = childNamed(a.element, '', 'tolerance');
    const tolerance = toleranceEl ? parseDecimal(textIn(toleranceEl) || '0') : 0;
    if (value === null)
      ctx.problems.add(
        a.line,
        a.text === '*'
          ? `${ctx.label}: the answer "*" accepts any number, which cannot be imported`
          : `${ctx.label}: the answer "${a.text}" is not a number`,
        'answer',
      );
    else if (tolerance === null || tolerance < 0)
      ctx.problems.add(
        toleranceEl?.line ?? a.line,
        `${ctx.label}: the tolerance must be a number of 0 or more`,
        'tolerance',
      );
    else accepted.push({ kind: 'number', value, tolerance });
  }
  return accepted;
}
