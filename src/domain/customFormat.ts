import type { BlueprintRow, ExamFormat, FormatPart, Timing } from './formats';

/** What the format editor holds: every field as the instructor typed it, checked by validateFormat. */
export interface FormatDraft {
  readonly name: string;
  readonly code: string;
  readonly parts: readonly PartDraft[];
  readonly timing: Timing;
  readonly passPercent: number;
  readonly openBook: boolean;
}

export interface PartDraft {
  readonly id: string;
  readonly kind: 'choice' | 'case';
  readonly title: string;
  readonly count: number;
  readonly blueprint: readonly BlueprintRow[];
}

export interface FormatProblem {
  readonly field: string;
  readonly message: string;
}

export type FormatValidation =
  | { readonly ok: true; readonly format: ExamFormat }
  | { readonly ok: false; readonly problems: readonly FormatProblem[] };

const MAX_QUESTIONS = 1000;
const MAX_MINUTES = 24 * 60;
const MAX_DAYS = 90;

export function draftFrom(format: ExamFormat): FormatDraft {
  return {
    name: format.origin === 'custom' ? format.name : `${format.name} (copy)`,
    code: format.code,
    parts: format.parts.map((p) => ({
      id: p.id,
      kind: p.kind,
      title: p.title,
      count: p.blueprint.reduce((s, r) => s + r.count, 0),
      blueprint: p.blueprint,
    })),
    timing: format.timing,
    passPercent: format.passPercent,
    openBook: format.openBook,
  };
}

/**
 * Spreads `count` questions over a blueprint's areas in proportion to their current counts
 * (largest remainder), so a 150-question split becomes a fair 50-question one.
 */
export function scaleBlueprint(blueprint: readonly BlueprintRow[], count: number): BlueprintRow[] {
  const total = blueprint.reduce((s, r) => s + r.count, 0);
  if (blueprint.length === 0) return [];
  const weights =
    total > 0 ? blueprint.map((r) => r.count / total) : blueprint.map(() => 1 / blueprint.length);
  const exact = weights.map((w) => w * count);
  const rows = blueprint.map((r, i) => ({ area: r.area, count: Math.floor(exact[i] ?? 0) }));
  let left = count - rows.reduce((s, r) => s + r.count, 0);
  const order = exact
    .map((e, i) => ({ i, frac: e - Math.floor(e) }))
    .sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    const row = rows[i];
    if (row) row.count += 1;
    left -= 1;
  }
  return rows.filter((r) => r.count > 0);
}

function wholeIn(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}

/** Every problem with a draft, each naming its field; or the format ready to store. */
export function validateFormat(draft: FormatDraft, id: string, savedOn: string): FormatValidation {
  const problems: FormatProblem[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });
  if (draft.name.trim() === '') add('name', 'Give the format a name.');
  if (draft.code.trim() === '') add('code', 'Give the format a short code, such as "QUIZ".');
  if (!(draft.passPercent >= 1 && draft.passPercent <= 100))
    add('passPercent', 'The pass mark must be between 1 and 100 percent.');
  if (draft.timing.kind === 'timed' && !wholeIn(draft.timing.minutes, 1, MAX_MINUTES)) {
    add('timing', `The time limit must be a whole number of minutes from 1 to ${MAX_MINUTES}.`);
  }
  if (draft.timing.kind === 'window' && !wholeIn(draft.timing.days, 1, MAX_DAYS)) {
    add('timing', `The window must be a whole number of days from 1 to ${MAX_DAYS}.`);
  }
  if (draft.parts.length === 0) add('parts', 'A format needs at least one part.');
  let questions = 0;
  draft.parts.forEach((part, p) => {
    const where = `parts[${p}]`;
    if (!wholeIn(part.count, 1, MAX_QUESTIONS))
      add(
        `${where}.count`,
        `${part.title || `Part ${p + 1}`}: the question count must be a whole number from 1 to ${MAX_QUESTIONS}.`,
      );
    questions += part.count;
    const seen = new Set<string>();
    part.blueprint.forEach((row, r) => {
      if (!wholeIn(row.count, 0, MAX_QUESTIONS))
        add(`${where}.blueprint[${r}].count`, `${row.area}: the count must be a whole number.`);
      if (seen.has(row.area))
        add(`${where}.blueprint[${r}].area`, `${row.area} is listed twice in ${part.title}; merge the rows.`);
      seen.add(row.area);
    });
    const sum = part.blueprint.reduce((s, r) => s + r.count, 0);
    if (sum !== part.count) {
      add(
        `${where}.blueprint`,
        `${part.title || `Part ${p + 1}`}: the areas add up to ${sum} but the part has ${part.count} questions. Change the counts or scale the areas to ${part.count}.`,
      );
    }
  });
  if (questions > MAX_QUESTIONS) add('parts', `A format can have at most ${MAX_QUESTIONS} questions.`);
  if (problems.length > 0) return { ok: false, problems };

  const parts: FormatPart[] = draft.parts.map((p) => ({
    id: p.id,
    kind: p.kind,
    title: p.title.trim() || (p.kind === 'case' ? 'Coding cases' : 'Multiple choice'),
    blueprint: p.blueprint.filter((r) => r.count > 0),
  }));
  return {
    ok: true,
    format: {
      id,
      code: draft.code.trim().toUpperCase(),
      name: draft.name.trim(),
      body: 'Custom',
      summary: 'A format of your own, copied from a built-in one and edited.',
      parts,
      timing: draft.timing,
      passPercent: draft.passPercent,
      openBook: draft.openBook,
      catalog: {
        prices: [],
        feeNote: 'Not applicable: a practice format.',
        membershipRequired: false,
        retakes: null,
        retakeNote: 'Not applicable.',
        eligibility: '',
        allowedReferences: draft.openBook ? 'Open book and notes.' : 'Code books only.',
        extras: [],
      },
      assumptions: [],
      blueprintNote: 'Your own blueprint.',
      source: { label: 'Custom format', date: savedOn },
      origin: 'custom',
    },
  };
}
