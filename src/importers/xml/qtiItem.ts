/**
 * One QTI 2.x or 3.0 assessmentItem as a bank question: a choice interaction becomes a single- or
 * multiple-answer question, a text-entry interaction a short answer. QTI 3.0 spells the same
 * elements `qti-kebab-case`, so both versions are read through one Dialect (qtiDialect.ts).
 */
import { CHOICE_IDS, type Question } from '../../domain/questions';
import { safeId } from '../build';
import { checkLimits, type Problems, parseDecimal, repeatedChoices } from './common';
import { attr, type Dialect, kids, nameIn } from './qtiDialect';
import { choiceKeys, entryAnswers, type Item } from './qtiResponses';
import { descendants, hasMarkup, textOf, toHtml, type XmlElement, type XmlNode } from './tree';

const INTERACTION_NAMES = new Map([
  ['orderInteraction', 'an ordering interaction'],
  ['matchInteraction', 'a matching interaction'],
  ['associateInteraction', 'an associate interaction'],
  ['gapMatchInteraction', 'a gap-match (drag and drop) interaction'],
  ['inlineChoiceInteraction', 'an inline choice (drop-down) interaction'],
  ['hottextInteraction', 'a hot-text interaction'],
  ['hotspotInteraction', 'a hotspot interaction'],
  ['selectPointInteraction', 'a select-point interaction'],
  ['graphicOrderInteraction', 'a graphic ordering interaction'],
  ['graphicAssociateInteraction', 'a graphic associate interaction'],
  ['graphicGapMatchInteraction', 'a graphic gap-match interaction'],
  ['positionObjectInteraction', 'a position-object interaction'],
  ['sliderInteraction', 'a slider interaction'],
  ['drawingInteraction', 'a drawing interaction'],
  ['uploadInteraction', 'a file upload interaction'],
  ['extendedTextInteraction', 'an extended text (essay) interaction'],
  ['mediaInteraction', 'a media interaction'],
  ['customInteraction', 'a custom interaction'],
  ['portableCustomInteraction', 'a portable custom interaction'],
  ['endAttemptInteraction', 'an end-attempt interaction'],
]);

/** Conditional or scorer-only content: never part of what the candidate reads first. */
const HIDDEN = new Set(['feedbackInline', 'feedbackBlock', 'rubricBlock', 'templateInline', 'templateBlock']);
const BLANK = '_____';

function plainOf(nodes: readonly XmlNode[], replace: (el: XmlElement) => string | undefined): string {
  let out = '';
  for (const node of nodes) {
    if (node.kind === 'text') out += node.text.replace(/\s+/g, ' ');
    else out += replace(node) ?? plainOf(node.children, replace);
  }
  return out;
}
const paragraphs = (s: string) =>
  s
    .split('\n\n')
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .join('\n\n');

export function readItem(
  d: Dialect,
  item: XmlElement,
  n: number,
  area: string,
  bankId: string,
  problems: Problems,
): Question | null {
  const identifier = attr(d, item, 'identifier')?.trim() ?? '';
  const title = attr(d, item, 'title')?.trim() ?? '';
  const label = title ? `item "${title}"` : identifier ? `item "${identifier}"` : `item ${n}`;
  const ctx: Item = { d, item, label, problems };
  const before = problems.list.length;
  for (const t of kids(d, item, 'templateDeclaration'))
    problems.add(
      t.line,
      `${label}: uses template variables (randomised values), which the simulator cannot run`,
    );
  const body = kids(d, item, 'itemBody')[0];
  if (!body) {
    problems.add(item.line, `${label}: has no itemBody, so there is no question text`, 'itemBody');
    return null;
  }
  const interactions = descendants(body).filter((el) => /Interaction$/.test(nameIn(d, el) ?? ''));
  for (const el of interactions) {
    const name = nameIn(d, el) ?? '';
    if (name === 'choiceInteraction' || name === 'textEntryInteraction') continue;
    const kind = INTERACTION_NAMES.get(name) ?? `an interaction <${el.qname}>`;
    problems.add(
      el.line,
      `${label}: uses ${kind} (<${el.qname}>), which the simulator cannot run; it imports choice and text-entry items`,
      'itemBody',
    );
  }
  if (interactions.length === 0)
    problems.add(body.line, `${label}: has no interaction, so nothing to answer`, 'itemBody');
  if (interactions.length > 1)
    problems.add(
      item.line,
      `${label}: has ${interactions.length} interactions (lines ${interactions.map((i) => i.line).join(', ')}); a bank question asks one thing`,
      'itemBody',
    );
  const interaction = interactions[0];
  if (!interaction || problems.list.length > before) return null;

  const isChoice = nameIn(d, interaction) === 'choiceInteraction';
  const hidden = (el: XmlElement) => HIDDEN.has(nameIn(d, el) ?? '');
  const prompt = kids(d, interaction, 'prompt')[0];
  const choices = isChoice ? kids(d, interaction, 'simpleChoice') : [];
  const feedbacks = kids(d, item, 'modalFeedback');
  const html =
    hasMarkup(body.children, (el) => el === interaction || hidden(el)) ||
    hasMarkup(prompt?.children ?? []) ||
    choices.some((c) => hasMarkup(c.children, hidden)) ||
    feedbacks.some((f) => hasMarkup(f.children));
  const render = (
    nodes: readonly XmlNode[],
    replace: (el: XmlElement) => string | undefined = () => undefined,
  ) => (html ? toHtml(nodes, replace).trim() : paragraphs(plainOf(nodes, replace)));
  const promptText = prompt ? render(prompt.children) : '';
  // A choice interaction is a block: its prompt ends the stem. A text entry sits inside a sentence.
  const inPlaceOfInteraction = () => {
    if (!isChoice) return BLANK;
    if (!html) return `\n\n${promptText}\n\n`;
    return promptText ? `<div>${promptText}</div>` : '';
  };
  const stem = render(body.children, (el) =>
    el === interaction ? inPlaceOfInteraction() : hidden(el) ? '' : undefined,
  );
  if (stem === '') problems.add(body.line, `${label}: has no question text`, 'itemBody');

  const declaration = kids(d, item, 'responseDeclaration').find(
    (r) => attr(d, r, 'identifier') === attr(d, interaction, 'responseIdentifier'),
  );
  if (!declaration) {
    problems.add(
      interaction.line,
      `${label}: the interaction's responseIdentifier "${attr(d, interaction, 'responseIdentifier') ?? ''}" names no responseDeclaration, so there is no correct answer`,
      'responseDeclaration',
    );
    return null;
  }
  const correct = kids(d, declaration, 'correctResponse').flatMap((c) =>
    kids(d, c, 'value').map((v) => ({ value: textOf(v).trim(), line: v.line, caseSensitive: false })),
  );
  const mapped = kids(d, declaration, 'mapping')
    .flatMap((m) => kids(d, m, 'mapEntry'))
    .flatMap((e) => {
      const raw = attr(d, e, 'mappedValue') ?? '';
      const points = parseDecimal(raw);
      if (points === null)
        problems.add(e.line, `${label}: the mappedValue "${raw}" is not a number`, 'mapEntry');
      const entry = {
        value: attr(d, e, 'mapKey')?.trim() ?? '',
        line: e.line,
        caseSensitive: attr(d, e, 'caseSensitive') === 'true',
      };
      return points !== null && points > 0 ? [entry] : [];
    });

  const base = {
    id: safeId(identifier || title, `q${n}`),
    bankId,
    area,
    stem,
    textFormat: html ? ('html' as const) : ('plain' as const),
    references: [],
    tags: [],
  };
  const feedbackText = (keyIds: ReadonlySet<string>, keyChoices: readonly XmlElement[]) => {
    const matching = feedbacks.filter((f) => {
      const id = attr(d, f, 'identifier') ?? '';
      return keyIds.has(id) || id.toLowerCase() === 'correct';
    });
    const chosen = matching.length > 0 ? matching : feedbacks;
    const general = chosen.map((f) => render(f.children)).filter((t) => t !== '');
    if (general.length > 0) return general.join('\n\n');
    const inline = keyChoices.flatMap((c) =>
      c.children.filter((k): k is XmlElement => k.kind === 'element' && nameIn(d, k) === 'feedbackInline'),
    );
    return inline
      .map((f) => render(f.children))
      .filter((t) => t !== '')
      .join('\n\n');
  };

  let question: Question;
  if (isChoice) {
    const keyed = choiceKeys(ctx, interaction, choices, correct.length > 0 ? correct : mapped);
    if (!keyed) return null;
    const keyChoices = choices.filter((_, i) => keyed.keys.includes(CHOICE_IDS[i] ?? ''));
    const rationale = feedbackText(
      new Set(keyChoices.map((c) => attr(d, c, 'identifier') ?? '')),
      keyChoices,
    );
    const texts = choices.map((c, i) => ({
      id: CHOICE_IDS[i] ?? String(i),
      text: render(c.children, (el) => (hidden(el) ? '' : undefined)),
    }));
    for (const [i, c] of texts.entries())
      if (c.text === '')
        problems.add(choices[i]?.line ?? item.line, `${label}: choice ${c.id} has no text`, 'simpleChoice');
    for (const i of repeatedChoices(texts.map((c) => c.text)))
      if (texts[i]?.text)
        problems.add(
          choices[i]?.line ?? item.line,
          `${label}: choice ${texts[i]?.id} repeats an earlier choice`,
          'simpleChoice',
        );
    question = keyed.single
      ? { ...base, rationale, type: 'single', choices: texts, key: keyed.keys[0] ?? 'A' }
      : { ...base, rationale, type: 'multiple', choices: texts, keys: keyed.keys };
  } else {
    const caseSensitive = mapped.some((m) => m.caseSensitive);
    const accepted = entryAnswers(ctx, declaration, [...correct, ...mapped], caseSensitive);
    if (!accepted) return null;
    question = { ...base, rationale: feedbackText(new Set(), []), type: 'short', accepted, caseSensitive };
  }
  checkLimits(question, item.line, label, problems);
  return problems.list.length > before ? null : question;
}
