import type { AcceptedAnswer, Question, TextFormat } from '../../domain/questions';
import type { BankMeta, ExportResult, Skipped } from './types';

/**
 * Moodle GIFT (https://docs.moodle.org/en/GIFT_format). Each question is written on one line,
 * `::id::stem {answers ####rationale}`, with newlines as `\n`, so no blank line or `//` inside a text
 * can split or hide it. Areas become `$CATEGORY:` lines; tags go in a `// [tag:...]` comment.
 *
 * GIFT cannot write a coding case (a record and expected codes) or a short answer that mixes typed
 * text with numbers: those are skipped and reported. References and case sensitivity are left out.
 */

// Every character GIFT gives a meaning to; a backslash makes it text.
const SPECIAL = /[\\~=#{}:]/g;
const FORMAT_PREFIX = /^\[(?:html|markdown|plain|moodle)\]/i;
const WEIGHT_PREFIX = /^%-?\d+(?:\.\d*)?%/;

export function escapeGift(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(SPECIAL, (c) => `\\${c}`)
    .replace(/\n/g, '\\n');
}

/** Text whose own first word looks like a `[format]` marker is guarded by an explicit one. */
function guarded(text: string, format: TextFormat): string {
  const escaped = escapeGift(text.trim());
  if (format !== 'plain') return `[${format}]${escaped}`;
  return FORMAT_PREFIX.test(escaped) ? `[plain]${escaped}` : escaped;
}

/** Moodle's own grade steps for 1-8 right choices: 100, 50, 33.33333, 25, 20, 16.66667, 14.28571, 12.5. */
function share(n: number): string {
  return String(Number((100 / n).toFixed(5)));
}

function choiceAnswers(q: Extract<Question, { type: 'single' | 'multiple' }>): string {
  const keys = q.type === 'single' ? [q.key] : q.keys;
  return q.choices
    .map((c) => {
      const text = guarded(c.text, 'plain');
      if (q.type === 'single') {
        if (c.id === q.key) return `=${text}`;
        // A wrong choice starting like a weight (`%50%`) would be read as one: state its weight.
        return WEIGHT_PREFIX.test(text) ? `~%0%${text}` : `~${text}`;
      }
      // No `=`: Moodle makes a pick-several question; the right choices share the marks.
      return keys.includes(c.id) ? `~%${share(keys.length)}%${text}` : `~%-100%${text}`;
    })
    .join(' ');
}

function numberText(a: Extract<AcceptedAnswer, { kind: 'number' }>): string {
  return a.tolerance === 0 ? `=${a.value}` : `=${a.value}:${a.tolerance}`;
}

/** The inside of the answer block, or why the question cannot be written. */
function answersOf(q: Question): { ok: true; body: string } | { ok: false; reason: string } {
  switch (q.type) {
    case 'single':
    case 'multiple':
      return { ok: true, body: choiceAnswers(q) };
    case 'short': {
      const numbers = q.accepted.filter((a) => a.kind === 'number');
      const texts = q.accepted.filter((a) => a.kind === 'text');
      if (numbers.length > 0 && texts.length > 0)
        return { ok: false, reason: 'it accepts both typed text and numbers, which GIFT cannot mix' };
      if (numbers.length > 0) return { ok: true, body: `#${numbers.map(numberText).join(' ')}` };
      // `->` cannot be escaped and would make Moodle read the block as a matching question.
      if (texts.some((a) => a.text.includes('->')))
        return { ok: false, reason: 'an accepted answer contains "->", which GIFT reads as a matching pair' };
      return {
        ok: true,
        body: texts
          .map((a) => {
            const text = guarded(a.text, 'plain');
            return WEIGHT_PREFIX.test(text) ? `=%100%${text}` : `=${text}`;
          })
          .join(' '),
      };
    }
    case 'case':
      return {
        ok: false,
        reason: 'it is a coding case (a record and expected codes), which GIFT cannot write',
      };
  }
}

function tagComment(tags: readonly string[]): string | null {
  const written = tags
    .map((t) => t.replace(/[[\]]/g, '').replace(/\s+/g, ' ').trim())
    .filter((t) => t !== '')
    .map((t) => `[tag:${t}]`);
  return written.length > 0 ? `// ${written.join(' ')}` : null;
}

/** A bank as GIFT text, with every question it could not write and why. */
export function exportGift(meta: BankMeta, questions: readonly Question[]): ExportResult {
  const out: string[] = [`// ${meta.title.replace(/\s+/g, ' ')}`, '// Exported by Coding Exam Simulator', ''];
  const skipped: Skipped[] = [];
  const approximated: Skipped[] = [];
  let area: string | null = null;
  let written = 0;
  for (const q of questions) {
    const answers = answersOf(q);
    if (!answers.ok) {
      skipped.push({ id: q.id, reason: answers.reason });
      continue;
    }
    if (q.type === 'short' && q.caseSensitive)
      approximated.push({ id: q.id, reason: 'GIFT short answers are compared without regard to case' });
    if (q.area !== area) {
      out.push(`$CATEGORY: ${q.area}`, '');
      area = q.area;
    }
    const tags = tagComment(q.tags);
    if (tags) out.push(tags);
    const rationale = q.rationale.trim() === '' ? '' : ` ####${guarded(q.rationale, q.textFormat)}`;
    out.push(`::${escapeGift(q.id)}::${guarded(q.stem, q.textFormat)} {${answers.body}${rationale}}`, '');
    written++;
  }
  return { text: out.join('\n'), written, skipped, approximated };
}
