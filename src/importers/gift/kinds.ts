import type { AcceptedAnswer, Question, SingleQuestion } from '../../domain/questions';
import { choicesFrom, MAX_CHOICES } from '../build';
import type { Answer, AnswerBlock } from './answers';

/** A problem before the file name is attached. */
export interface Found {
  readonly line: number;
  readonly message: string;
}

/** Everything a question has whatever its type. */
export type QuestionBase = Omit<SingleQuestion, 'type' | 'choices' | 'key'>;

/** The type-specific part of a question: its feedback (for the rationale) and how to finish it. */
export interface Kind {
  readonly feedback: string;
  make(base: QuestionBase): Question;
}

/** Where the answer block is, for messages, and where its problems go. */
export interface BlockAt {
  readonly label: string;
  readonly openLine: number;
  readonly problems: Found[];
}

// The native format's limit.
const MAX_CHOICE = 5_000;

/** The question an answer block makes, or null (with a problem) for a type the simulator cannot run. */
export function kindOf(a: AnswerBlock, at: BlockAt): Kind | null {
  const { label, openLine, problems } = at;
  switch (a.type) {
    case 'essay':
      problems.push({
        line: openLine,
        message: `${label} is an essay question (an empty answer block "{}"), which the simulator cannot run; remove it or give it answers`,
      });
      return null;
    case 'matching':
      problems.push({
        line: openLine,
        message: `${label} is a matching question (pairs written with "->"), which the simulator cannot run; remove it or rewrite it as multiple choice`,
      });
      return null;
    case 'truefalse':
      return {
        // The feedback shown after a wrong answer usually explains the right one, so it is the fallback.
        feedback: a.rightFeedback || a.wrongFeedback,
        make: (b) => ({
          ...b,
          type: 'single',
          choices: choicesFrom(['True', 'False']),
          key: a.value ? 'A' : 'B',
        }),
      };
    case 'choice':
      return choice(a.answers, at);
    case 'short': {
      a.answers.forEach((ans, i) => {
        if (ans.text === '')
          problems.push({ line: ans.line, message: `answer ${i + 1} of ${label} is empty` });
      });
      const right = a.answers.filter((ans) => fullMarks(ans.weight) && ans.text !== '');
      if (right.length === 0) noAnswer(at, 'give at least one answer full marks, such as =answer');
      // Compared without regard to case, as Moodle's default: `=I10 =i10` is one answer.
      const texts = new Map<string, string>();
      for (const r of right) if (!texts.has(r.text.toLowerCase())) texts.set(r.text.toLowerCase(), r.text);
      const accepted: AcceptedAnswer[] = [...texts.values()].map((text) => ({ kind: 'text', text }));
      return {
        feedback: firstFeedback(right),
        make: (b) => ({ ...b, type: 'short', accepted, caseSensitive: false }),
      };
    }
    case 'numerical': {
      if (a.answers.length === 0) {
        problems.push({
          line: openLine,
          message: `the numerical answer block opened on line ${openLine} has no answer`,
        });
        return null;
      }
      const right: { value: number; tolerance: number; feedback: string }[] = [];
      for (const ans of a.answers) {
        if (!ans.ok) problems.push({ line: ans.line, message: `${label}: ${ans.message}` });
        else if (fullMarks(ans.weight)) right.push(ans);
      }
      if (right.length === 0 && a.answers.every((ans) => ans.ok))
        noAnswer(at, 'give at least one answer full marks, such as #=3.14:0.01');
      // Answers with partial credit are left out: the simulator marks a typed answer right or wrong.
      const accepted: AcceptedAnswer[] = right.map((r) => ({
        kind: 'number',
        value: r.value,
        tolerance: r.tolerance,
      }));
      return {
        feedback: firstFeedback(right),
        make: (b) => ({ ...b, type: 'short', accepted, caseSensitive: false }),
      };
    }
  }
}

function choice(list: readonly Answer[], at: BlockAt): Kind {
  const { label, openLine, problems } = at;
  if (list.length < 2) problems.push({ line: openLine, message: `${label} needs at least 2 choices` });
  const extra = list[MAX_CHOICES];
  if (extra)
    problems.push({
      line: extra.line,
      message: `${label} has ${list.length} choices; the simulator allows at most ${MAX_CHOICES} (choice ${MAX_CHOICES + 1} is on line ${extra.line})`,
    });
  const seen = new Set<string>();
  list.forEach((ans, i) => {
    const key = ans.text.toLowerCase();
    if (ans.text === '') problems.push({ line: ans.line, message: `choice ${i + 1} of ${label} is empty` });
    else if (seen.has(key))
      problems.push({ line: ans.line, message: `choice ${i + 1} of ${label} repeats an earlier choice` });
    else if (ans.text.length > MAX_CHOICE)
      problems.push({
        line: ans.line,
        message: `choice ${i + 1} of ${label} is longer than 5,000 characters`,
      });
    seen.add(key);
  });
  const choices = choicesFrom(list.map((ans) => ans.text));
  const ids = new Map(list.map((ans, i) => [ans, choices[i]?.id ?? ''] as const));
  const idOf = (ans: Answer) => ids.get(ans) ?? '';
  const equals = list.filter((ans) => ans.equals);
  if (equals.length > 0) {
    // `=` makes a pick-one question (Moodle's rule). Partial weights on the other choices are
    // dropped: the simulator marks a choice right or wrong.
    const [right, second] = equals;
    if (second)
      problems.push({
        line: second.line,
        message: `${label} marks ${equals.length} choices right with "=" but a pick-one question has one right choice; to make the candidate pick several, weight them instead, such as ~%50%`,
      });
    return {
      feedback: right?.feedback ?? '',
      make: (b) => ({ ...b, type: 'single', choices, key: right ? idOf(right) : '' }),
    };
  }
  // No `=`: Moodle makes a pick-several question whose right choices are those with a positive
  // weight. The simulator scores it all or nothing: every right choice and no other, or no mark.
  const right = list.filter((ans) => ans.weight > 0);
  if (right.length === 0)
    noAnswer(at, 'mark the right choice with "=", or give the right choices a weight such as ~%50%');
  return {
    feedback: right
      .map((r) => r.feedback)
      .filter((f) => f !== '')
      .join('\n'),
    make: (b) => ({ ...b, type: 'multiple', choices, keys: right.map(idOf) }),
  };
}

function noAnswer(at: BlockAt, hint: string): void {
  at.problems.push({
    line: at.openLine,
    message: `the answer block opened on line ${at.openLine} has no correct answer: ${hint}`,
  });
}

function firstFeedback(answers: readonly { feedback: string }[]): string {
  return answers.find((a) => a.feedback !== '')?.feedback ?? '';
}

function fullMarks(weight: number): boolean {
  return weight >= 100;
}
