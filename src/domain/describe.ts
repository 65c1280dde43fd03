import { displayCode } from './codes';
import type { CatalogFacts, ExamFormat, Price, Timing } from './formats';
import { partQuestionCount } from './formats';
import type { AcceptedAnswer, Question } from './questions';
import { formatMinutes } from './time';

// Plain-language descriptions of format data, shared by every screen that shows a format.

/** `150 questions`, `60 questions + 10 cases`. */
export function describeQuestions(format: ExamFormat): string {
  return format.parts
    .map((part) => {
      const n = partQuestionCount(part);
      return part.kind === 'case'
        ? `${n} ${n === 1 ? 'case' : 'cases'}`
        : `${n} ${n === 1 ? 'question' : 'questions'}`;
    })
    .join(' + ');
}

/** `5 h 40 min`, `10-day window`. */
export function describeTiming(timing: Timing): string {
  switch (timing.kind) {
    case 'timed':
      return formatMinutes(timing.minutes);
    case 'window':
      return `${timing.days}-day window`;
  }
}

export function describeBookRule(format: ExamFormat): string {
  return format.openBook ? 'Open book and notes' : 'Code books only';
}

function describePrice(p: Price): string {
  const who = p.membership === 'member' ? 'members' : p.membership === 'non-member' ? 'non-members' : '';
  const how = p.delivery === 'online' ? 'online' : p.delivery === 'in-person' ? 'in person' : '';
  const qualifier = [how, who].filter(Boolean).join(', ');
  return qualifier ? `$${p.usd} (${qualifier})` : `$${p.usd}`;
}

/** `$299 (online); $399 (in person)`. */
export function describeFees(catalog: CatalogFacts): string {
  if (catalog.prices.length === 0) return 'Not applicable';
  return catalog.prices.map(describePrice).join('; ');
}

export function describeRetakes(catalog: CatalogFacts): string {
  const r = catalog.retakes;
  if (!r) return 'Not stated';
  const count = r.free === 1 ? 'One free retake' : `${r.free} free retakes`;
  const who = r.who === 'members' ? ' for members' : '';
  const within = r.withinMonths
    ? ` within ${r.withinMonths === 12 ? 'a year' : `${r.withinMonths} months`}`
    : '';
  return `${count}${who}${within}`;
}

function describeAccepted(a: AcceptedAnswer): string {
  return a.kind === 'text' ? a.text : `${a.value} (± ${a.tolerance})`;
}

/** A question's key as a candidate reads it: `B`, `A, C`, `I10 or 42 (± 0.5)`, `A41.51, N39.0`. */
export function describeKey(question: Question): string {
  switch (question.type) {
    case 'single':
      return question.key;
    case 'multiple':
      return question.keys.join(', ');
    case 'short':
      return question.accepted.map(describeAccepted).join(' or ');
    case 'case':
      return question.expectedCodes.map((c) => displayCode(c.code, c.system)).join(', ');
  }
}
