import type { Question } from '../../domain/questions';
import type { BankMeta, ExportResult, Skipped } from './types';

/**
 * The simulator's spreadsheet layout (`id,area,type,stem,A..H,key,rationale,references,tags`), every
 * cell quoted. CSV cannot write coding cases or numeric answers; Markdown is kept as written text.
 */
const LETTERS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'] as const;
const HEADER = ['id', 'area', 'type', 'stem', ...LETTERS, 'key', 'rationale', 'references', 'tags'];

const cell = (s: string) => `"${s.replace(/\r\n?/g, '\n').replace(/"/g, '""')}"`;

function rowOf(q: Question): string[] | string {
  const start = [q.id, q.area, q.type, q.stem];
  const end = [q.rationale, q.references.join(' | '), q.tags.join(' | ')];
  if (q.references.some((r) => r.includes('|')) || q.tags.some((t) => t.includes('|')))
    return 'a reference or tag contains "|", which the CSV layout uses to separate them';
  switch (q.type) {
    case 'single':
    case 'multiple': {
      const choices = LETTERS.map((_, i) => q.choices[i]?.text ?? '');
      const key = q.type === 'single' ? q.key : q.keys.join('|');
      return [...start, ...choices, key, ...end];
    }
    case 'short': {
      if (q.accepted.some((a) => a.kind === 'number'))
        return 'it accepts a number with a tolerance, which the CSV layout cannot write';
      const accepted = q.accepted.flatMap((a) => (a.kind === 'text' ? [a.text] : []));
      if (accepted.some((a) => a.includes('|')))
        return 'an accepted answer contains "|", which the CSV layout uses to separate answers';
      return [...start, ...LETTERS.map(() => ''), accepted.join('|'), ...end];
    }
    case 'case':
      return 'it is a coding case, which the CSV layout cannot write';
  }
}

export function exportCsv(_meta: BankMeta, questions: readonly Question[]): ExportResult {
  const lines = [HEADER.join(',')];
  const skipped: Skipped[] = [];
  const approximated: Skipped[] = [];
  for (const q of questions) {
    const row = rowOf(q);
    if (typeof row === 'string') {
      skipped.push({ id: q.id, reason: row });
      continue;
    }
    if (q.textFormat === 'markdown')
      approximated.push({ id: q.id, reason: 'CSV has no Markdown: the text is shown as written' });
    if (q.type === 'short' && q.caseSensitive)
      approximated.push({ id: q.id, reason: 'CSV short answers are compared without regard to case' });
    lines.push(row.map(cell).join(','));
  }
  return { text: `${lines.join('\n')}\n`, written: lines.length - 1, skipped, approximated };
}
