/** What a QTI responseDeclaration says is correct, as bank keys and accepted answers. */
import { type AcceptedAnswer, CHOICE_IDS } from '../../domain/questions';
import { MAX_CHOICES } from '../build';
import { type Problems, parseDecimal } from './common';
import { attr, type Dialect } from './qtiDialect';
import type { XmlElement } from './tree';

export interface Item {
  readonly d: Dialect;
  readonly item: XmlElement;
  readonly label: string;
  readonly problems: Problems;
}

export interface Value {
  readonly value: string;
  readonly line: number;
}

export function choiceKeys(
  { d, item, label, problems }: Item,
  interaction: XmlElement,
  choices: readonly XmlElement[],
  values: readonly Value[],
): { single: boolean; keys: string[] } | null {
  const before = problems.list.length;
  if (choices.length < 2)
    problems.add(
      interaction.line,
      `${label}: needs at least 2 choices, has ${choices.length}`,
      'simpleChoice',
    );
  if (choices.length > MAX_CHOICES)
    problems.add(
      interaction.line,
      `${label}: has ${choices.length} choices; at most ${MAX_CHOICES} can be imported`,
      'simpleChoice',
    );
  const letters = new Map<string, string>();
  choices.forEach((c, i) => {
    const id = attr(d, c, 'identifier') ?? '';
    if (id === '') problems.add(c.line, `${label}: a simpleChoice has no identifier`, 'simpleChoice');
    else if (letters.has(id))
      problems.add(c.line, `${label}: the choice identifier "${id}" is used twice`, 'simpleChoice');
    else letters.set(id, CHOICE_IDS[i] ?? '');
  });
  const rawMax = attr(d, interaction, 'maxChoices') ?? '1';
  const max = /^\s*\d+\s*$/.test(rawMax) ? Number(rawMax) : null;
  if (max === null)
    problems.add(interaction.line, `${label}: maxChoices "${rawMax}" is not a whole number`, 'maxChoices');
  const keys: string[] = [];
  for (const v of values) {
    const letter = letters.get(v.value);
    if (letter === undefined)
      problems.add(
        v.line,
        `${label}: the correct response "${v.value}" names no choice; the choices are ${[...letters.keys()].join(', ')}`,
        'correctResponse',
      );
    else if (!keys.includes(letter)) keys.push(letter);
  }
  const single = max === 1;
  if (values.length === 0)
    problems.add(item.line, `${label}: has no correct response, so no choice is the key`, 'correctResponse');
  else if (single && keys.length > 1)
    problems.add(
      item.line,
      `${label}: allows one choice (maxChoices="1") but names ${keys.length} correct responses`,
      'correctResponse',
    );
  return problems.list.length > before ? null : { single, keys: keys.sort() };
}

export function entryAnswers(
  { d, label, problems }: Item,
  declaration: XmlElement,
  values: readonly Value[],
  caseSensitive: boolean,
): AcceptedAnswer[] | null {
  const before = problems.list.length;
  const baseType = attr(d, declaration, 'baseType') ?? 'string';
  if (baseType !== 'string' && baseType !== 'float' && baseType !== 'integer') {
    problems.add(
      declaration.line,
      `${label}: a text entry of baseType "${baseType}" cannot be imported (string, float or integer can)`,
      'baseType',
    );
    return null;
  }
  const accepted: AcceptedAnswer[] = [];
  const seen = new Set<string>();
  for (const v of values) {
    const same = caseSensitive ? v.value : v.value.toLowerCase();
    if (v.value === '' || seen.has(same)) continue;
    seen.add(same);
    if (baseType === 'string') {
      accepted.push({ kind: 'text', text: v.value });
      continue;
    }
    const value = parseDecimal(v.value);
    if (value === null || (baseType === 'integer' && !Number.isInteger(value)))
      problems.add(
        v.line,
        `${label}: the answer "${v.value}" is not ${baseType === 'integer' ? 'a whole number' : 'a number'}`,
        'correctResponse',
      );
    else accepted.push({ kind: 'number', value, tolerance: 0 });
  }
  if (accepted.length === 0 && problems.list.length === before)
    problems.add(
      declaration.line,
      `${label}: has no correct response, so no answer would be accepted`,
      'correctResponse',
    );
  return problems.list.length > before ? null : accepted;
}
