import type { Question } from '../../domain/questions';
import type { BankMeta, ExportResult, Skipped } from './types';
import { escapeXml } from './xml';

/**
 * IMS QTI 2.1: one assessmentTest with a section per area and its items written inline (the form the
 * simulator's QTI importer reads in one file). Text goes in as escaped paragraphs, so Markdown and
 * HTML arrive as written text; coding cases and numeric answers are not written.
 */
const NS = 'http://www.imsglobal.org/xsd/imsqti_v2p1';

const paragraphs = (s: string) =>
  s
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => `<p>${escapeXml(p)}</p>`)
    .join('');

function item(q: Question): string | { xml: string } {
  const head = `<assessmentItem identifier="${escapeXml(q.id)}" title="${escapeXml(q.id)}" adaptive="false" timeDependent="false">`;
  const feedback = q.rationale.trim()
    ? `<modalFeedback outcomeIdentifier="FEEDBACK" identifier="correct" showHide="show">${paragraphs(q.rationale)}</modalFeedback>`
    : '';
  switch (q.type) {
    case 'single':
    case 'multiple': {
      const keys = q.type === 'single' ? [q.key] : q.keys;
      return {
        xml: [
          head,
          `<responseDeclaration identifier="RESPONSE" cardinality="${q.type}" baseType="identifier">`,
          `<correctResponse>${keys.map((k) => `<value>${k}</value>`).join('')}</correctResponse>`,
          '</responseDeclaration>',
          '<outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"/>',
          `<itemBody>${paragraphs(q.stem)}`,
          `<choiceInteraction responseIdentifier="RESPONSE" shuffle="false" maxChoices="${q.type === 'single' ? 1 : 0}">`,
          ...q.choices.map((c) => `<simpleChoice identifier="${c.id}">${escapeXml(c.text)}</simpleChoice>`),
          '</choiceInteraction></itemBody>',
          '<responseProcessing template="http://www.imsglobal.org/question/qti_v2p1/rptemplates/match_correct"/>',
          feedback,
          '</assessmentItem>',
        ].join('\n'),
      };
    }
    case 'short': {
      if (q.accepted.some((a) => a.kind === 'number'))
        return 'it accepts a number with a tolerance, which this QTI export does not write';
      const texts = q.accepted.flatMap((a) => (a.kind === 'text' ? [a.text] : []));
      const entries = texts.map(
        (t) => `<mapEntry mapKey="${escapeXml(t)}" mappedValue="1" caseSensitive="${q.caseSensitive}"/>`,
      );
      return {
        xml: [
          head,
          '<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="string">',
          `<correctResponse><value>${escapeXml(texts[0] ?? '')}</value></correctResponse>`,
          `<mapping defaultValue="0">${entries.join('')}</mapping>`,
          '</responseDeclaration>',
          '<outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"/>',
          `<itemBody>${paragraphs(q.stem)}`,
          '<p><textEntryInteraction responseIdentifier="RESPONSE" expectedLength="15"/></p></itemBody>',
          '<responseProcessing template="http://www.imsglobal.org/question/qti_v2p1/rptemplates/map_response"/>',
          feedback,
          '</assessmentItem>',
        ].join('\n'),
      };
    }
    case 'case':
      return 'it is a coding case, which QTI has no interaction for';
  }
}

export function exportQti(meta: BankMeta, questions: readonly Question[]): ExportResult {
  const skipped: Skipped[] = [];
  const sections = new Map<string, string[]>();
  for (const q of questions) {
    const written = item(q);
    if (typeof written === 'string') {
      skipped.push({ id: q.id, reason: written });
      continue;
    }
    const list = sections.get(q.area);
    if (list) list.push(written.xml);
    else sections.set(q.area, [written.xml]);
  }
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<assessmentTest xmlns="${NS}" identifier="bank" title="${escapeXml(meta.title)}">`,
    '<testPart identifier="part" navigationMode="nonlinear" submissionMode="simultaneous">',
  ];
  let n = 0;
  for (const [area, items] of sections) {
    n++;
    out.push(
      `<assessmentSection identifier="s${n}" title="${escapeXml(area)}" visible="true">`,
      ...items,
      '</assessmentSection>',
    );
  }
  out.push('</testPart>', '</assessmentTest>', '');
  return { text: out.join('\n'), written: questions.length - skipped.length, skipped, approximated: [] };
}
