import type { AcceptedAnswer, Question, TextFormat } from '../../domain/questions';
import type { BankMeta, ExportResult, Skipped } from './types';
import { escapeXml } from './xml';

/**
 * Moodle XML (`<quiz>`), as Moodle's question bank imports it: multichoice (one or several right),
 * shortanswer and numerical, each area a category. Coding cases and short answers mixing text with
 * numbers cannot be written.
 */
const FORMATS: Record<TextFormat, string> = { plain: 'plain_text', markdown: 'markdown', html: 'html' };

const text = (s: string) => `<text>${escapeXml(s)}</text>`;

function answer(fraction: string, body: string, extra = ''): string {
  return `    <answer fraction="${fraction}" format="plain_text">${text(body)}${extra}</answer>`;
}

const share = (n: number) => String(Number((100 / n).toFixed(5)));

function body(q: Question): { type: string; lines: string[] } | string {
  switch (q.type) {
    case 'single':
    case 'multiple': {
      const keys = q.type === 'single' ? [q.key] : q.keys;
      const right = q.type === 'single' ? '100' : share(keys.length);
      const wrong = q.type === 'single' ? '0' : '-100';
      return {
        type: 'multichoice',
        lines: [
          `    <single>${q.type === 'single'}</single>`,
          '    <shuffleanswers>false</shuffleanswers>',
          '    <answernumbering>ABCD</answernumbering>',
          ...q.choices.map((c) => answer(keys.includes(c.id) ? right : wrong, c.text)),
        ],
      };
    }
    case 'short': {
      const numbers = q.accepted.filter(
        (a): a is Extract<AcceptedAnswer, { kind: 'number' }> => a.kind === 'number',
      );
      const texts = q.accepted.flatMap((a) => (a.kind === 'text' ? [a.text] : []));
      if (numbers.length > 0 && texts.length > 0)
        return 'it accepts both typed text and numbers, which one Moodle question cannot';
      if (numbers.length > 0)
        return {
          type: 'numerical',
          lines: numbers.map((n) => answer('100', String(n.value), `<tolerance>${n.tolerance}</tolerance>`)),
        };
      return {
        type: 'shortanswer',
        lines: [
          `    <usecase>${q.caseSensitive ? 1 : 0}</usecase>`,
          // Moodle reads `*` as a wildcard; written `\*` it is the character.
          ...texts.map((t) => answer('100', t.replace(/\*/g, '\\*'))),
        ],
      };
    }
    case 'case':
      return 'it is a coding case, which Moodle XML has no question type for';
  }
}

export function exportMoodleXml(meta: BankMeta, questions: readonly Question[]): ExportResult {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<!-- ${escapeXml(meta.title).replace(/--/g, '- -')} -->`,
    '<quiz>',
  ];
  const skipped: Skipped[] = [];
  let area: string | null = null;
  for (const q of questions) {
    const b = body(q);
    if (typeof b === 'string') {
      skipped.push({ id: q.id, reason: b });
      continue;
    }
    if (q.area !== area) {
      out.push(
        '  <question type="category">',
        `    <category>${text(`$course$/top/${q.area}`)}</category>`,
        '  </question>',
      );
      area = q.area;
    }
    const format = FORMATS[q.textFormat];
    out.push(
      `  <question type="${b.type}">`,
      `    <name>${text(q.id)}</name>`,
      `    <questiontext format="${format}">${text(q.stem)}</questiontext>`,
      `    <generalfeedback format="${format}">${text(q.rationale)}</generalfeedback>`,
      '    <defaultgrade>1</defaultgrade>',
      ...b.lines,
    );
    if (q.tags.length > 0)
      out.push(`    <tags>${q.tags.map((t) => `<tag>${text(t)}</tag>`).join('')}</tags>`);
    out.push('  </question>');
  }
  out.push('</quiz>', '');
  return { text: out.join('\n'), written: questions.length - skipped.length, skipped, approximated: [] };
}
