import type { Question, TextFormat } from '../../domain/questions';
import { safeId } from '../build';
import { readAnswers } from './answers';
import { type Found, kindOf, type QuestionBase } from './kinds';
import { type Block, Span, sourceOf } from './source';
import { stripFormat } from './textFormat';

export interface QuestionContext {
  /** 1-based position among the file's questions, for `q3` ids and messages. */
  readonly number: number;
  readonly area: string;
  readonly bankId: string;
}

// The limits the native format enforces, so a bank reads the same whichever way it came in.
const MAX_STEM = 20_000;
const MAX_RATIONALE = 20_000;
const MAX_TAGS = 20;
const MAX_TAG = 60;

/** One block of GIFT to one question, or every problem found in it. */
export function readQuestion(
  block: Block,
  ctx: QuestionContext,
): { question: Question | null; problems: Found[] } {
  const problems: Found[] = [];
  const fail = (line: number, message: string) => {
    problems.push({ line, message });
    return { question: null, problems };
  };
  let body = Span.of(sourceOf(block.lines)).trim();
  const startLine = body.line;

  let title = '';
  if (body.startsWith('::')) {
    const close = body.indexOf('::', 2);
    if (close < 0)
      return fail(startLine, `the title opened with "::" on line ${startLine} is never closed with "::"`);
    title = body.slice(2, close).text.trim();
    body = body.slice(close + 2).trim();
  }
  const label = title ? `question ${ctx.number} ("${clip(title)}")` : `question ${ctx.number}`;

  const open = body.indexOf('{');
  const close = body.indexOf('}');
  if (open < 0 && close < 0)
    return fail(
      startLine,
      `${label} is a description (text with no answer block in braces), which the simulator cannot run; remove it or give it answers`,
    );
  if (open < 0 || (close >= 0 && close < open))
    return fail(body.lineAt(close), strayClose(body.lineAt(close)));
  const openLine = body.lineAt(open);
  const nested = body.indexOf('{', open + 1);
  if (close < 0 || (nested >= 0 && nested < close)) {
    const why =
      nested >= 0 ? ` (another "{" opens on line ${body.lineAt(nested)}; write \\{ for a literal brace)` : '';
    return fail(openLine, `the answer block opened on line ${openLine} is never closed${why}`);
  }
  const after = body.slice(close + 1);
  const again = after.indexOf('{');
  if (again >= 0)
    return fail(
      after.lineAt(again),
      `${label} has a second answer block on line ${after.lineAt(again)}; a GIFT question has only one (write \\{ and \\} for literal braces)`,
    );
  const strayAfter = after.indexOf('}');
  if (strayAfter >= 0) return fail(after.lineAt(strayAfter), strayClose(after.lineAt(strayAfter)));

  // Text after the block makes it a missing-word question: the block's place is shown as a blank.
  const blank = after.trim().length > 0 ? '_____' : '';
  const stemParts = stripFormat(`${body.slice(0, open).text}${blank}${after.text}`.trim());
  const stem = stemParts.text;
  const textFormat: TextFormat = stemParts.format ?? 'plain';

  let inner = body.slice(open + 1, close);
  let general = '';
  const gf = inner.lastIndexOf('####');
  if (gf >= 0) {
    general = stripFormat(inner.slice(gf + 4).text.trim()).text;
    inner = inner.slice(0, gf);
  }

  const base: QuestionBase = {
    id: safeId(title, safeId(commentId(block.comments), `q${ctx.number}`)),
    bankId: ctx.bankId,
    area: ctx.area,
    stem,
    textFormat,
    rationale: '',
    references: [],
    tags: commentTags(block.comments),
  };
  const kind = kindOf(readAnswers(inner), { label, openLine, problems });
  // A type the simulator cannot run is the one thing to say about the question.
  if (kind === null) return { question: null, problems };
  if (stem === '') problems.push({ line: startLine, message: `${label} has no question text` });
  if (stem.length > MAX_STEM)
    problems.push({ line: startLine, message: `the text of ${label} is longer than 20,000 characters` });
  const rationale = general || kind.feedback;
  if (rationale.length > MAX_RATIONALE)
    problems.push({ line: openLine, message: `the feedback of ${label} is longer than 20,000 characters` });
  return { question: problems.length > 0 ? null : kind.make({ ...base, rationale }), problems };
}

function strayClose(line: number): string {
  return `a closing "}" on line ${line} has no opening "{" (write \\} for a literal brace)`;
}

function clip(s: string): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > 60 ? `${one.slice(0, 57)}...` : one;
}

/** Moodle keeps a question's idnumber and tags in its comments: `// [id:Q12] [tag:coding]`. */
function commentId(comments: readonly string[]): string {
  for (const c of comments)
    for (const m of c.matchAll(/\[id:([^[\]]*)\]/g)) {
      const id = (m[1] ?? '').trim();
      if (id) return id;
    }
  return '';
}

function commentTags(comments: readonly string[]): string[] {
  const tags = new Set<string>();
  for (const c of comments)
    for (const m of c.matchAll(/\[tag:([^[\]]*)\]/g)) {
      const tag = (m[1] ?? '').trim().slice(0, MAX_TAG);
      if (tag) tags.add(tag);
    }
  return [...tags].slice(0, MAX_TAGS);
}
