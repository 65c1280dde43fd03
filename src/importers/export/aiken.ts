import type { Question } from '../../domain/questions';
import type { BankMeta, ExportResult, Skipped } from './types';

/**
 * Moodle's Aiken format: plain pick-one questions only (`stem`, `A. choice`, `ANSWER: A`). It has no
 * areas, ids, rationales or tags, so a re-import puts every question in "uncategorised".
 */
const LOOKS_LIKE_OPTION = /^[A-Z][.)](\s|$)/;
const LOOKS_LIKE_ANSWER = /^ANSWER\s*:/i;

function whyNot(q: Question): string | null {
  if (q.type !== 'single')
    return `it is a ${q.type === 'case' ? 'coding case' : `${q.type}-answer question`}; Aiken writes pick-one questions only`;
  const lines = q.stem.split(/\r\n?|\n/).map((l) => l.trim());
  if (lines.some((l) => l === '')) return 'its text has a blank line, which ends an Aiken question';
  if (lines.some((l) => LOOKS_LIKE_OPTION.test(l) || LOOKS_LIKE_ANSWER.test(l)))
    return 'a line of its text starts like an option ("A.") or an ANSWER: line';
  if (q.choices.some((c) => /[\r\n]/.test(c.text))) return 'a choice runs over several lines';
  return null;
}

export function exportAiken(_meta: BankMeta, questions: readonly Question[]): ExportResult {
  const blocks: string[] = [];
  const skipped: Skipped[] = [];
  const approximated: Skipped[] = [];
  for (const q of questions) {
    const reason = whyNot(q);
    if (reason !== null || q.type !== 'single') {
      skipped.push({ id: q.id, reason: reason ?? 'not a pick-one question' });
      continue;
    }
    if (q.textFormat !== 'plain')
      approximated.push({ id: q.id, reason: 'Aiken text is plain: markup is shown as written' });
    const stem = q.stem
      .split(/\r\n?|\n/)
      .map((l) => l.trim())
      .join('\n');
    blocks.push([stem, ...q.choices.map((c) => `${c.id}. ${c.text.trim()}`), `ANSWER: ${q.key}`].join('\n'));
  }
  return { text: `${blocks.join('\n\n')}\n`, written: blocks.length, skipped, approximated };
}
