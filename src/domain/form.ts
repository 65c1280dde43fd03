import type { AreaId } from './areas';
import type { ExamFormat } from './formats';
import { partKindOf, type Question, type QuestionKey, questionKey } from './questions';
import { seededRandom, seededSample } from './random';

export interface FormItem {
  readonly partId: string;
  readonly question: Question;
}

/** The questions of one attempt, frozen at start: a copy, so editing a bank never changes a past attempt. */
export interface Form {
  readonly seed: number;
  readonly items: readonly FormItem[];
}

export interface Shortage {
  readonly partId: string;
  readonly partTitle: string;
  readonly area: AreaId;
  readonly needed: number;
  readonly available: number;
  readonly missing: number;
}

export type AssemblyResult =
  | { readonly ok: true; readonly form: Form }
  | { readonly ok: false; readonly shortages: readonly Shortage[] };

export interface AssemblyOptions {
  /** Questions that must not be drawn (e.g. already seen). */
  readonly exclude?: ReadonlySet<QuestionKey>;
}

type Pools = Map<string, Question[]>;

/** Questions grouped by the part kind and area they can fill, each question once. O(questions). */
function poolsOf(questions: readonly Question[], exclude: ReadonlySet<QuestionKey>): Pools {
  const pools: Pools = new Map();
  const seen = new Set<QuestionKey>();
  for (const q of questions) {
    const key = questionKey(q);
    if (seen.has(key) || exclude.has(key)) continue;
    seen.add(key);
    const poolKey = `${partKindOf(q)}|${q.area}`;
    const pool = pools.get(poolKey);
    if (pool) pool.push(q);
    else pools.set(poolKey, [q]);
  }
  return pools;
}

/**
 * Draws a form per the format's blueprint with a seeded shuffle: the same seed and bank give the
 * same form. Questions keep the blueprint's area order within each part, as the real exams group
 * them by section. When the bank is short, every missing area is reported before any exam starts.
 */
export function assembleForm(
  format: ExamFormat,
  questions: readonly Question[],
  seed: number,
  options: AssemblyOptions = {},
): AssemblyResult {
  const pools = poolsOf(questions, options.exclude ?? new Set());
  const random = seededRandom(seed);
  const items: FormItem[] = [];
  const shortages: Shortage[] = [];
  for (const part of format.parts) {
    for (const { area, count } of part.blueprint) {
      if (count <= 0) continue;
      const pool = pools.get(`${part.kind}|${area}`) ?? [];
      if (pool.length < count) {
        shortages.push({
          partId: part.id,
          partTitle: part.title,
          area,
          needed: count,
          available: pool.length,
          missing: count - pool.length,
        });
        continue;
      }
      for (const question of seededSample(pool, count, random)) items.push({ partId: part.id, question });
      // A pool is drawn once: a blueprint listing an area twice cannot repeat a question.
      pools.delete(`${part.kind}|${area}`);
    }
  }
  return shortages.length > 0 ? { ok: false, shortages } : { ok: true, form: { seed, items } };
}

/** How many questions of each part kind and area a set of questions can supply. */
export function supplyByArea(questions: readonly Question[]): Map<string, number> {
  const supply = new Map<string, number>();
  for (const [key, pool] of poolsOf(questions, new Set())) supply.set(key, pool.length);
  return supply;
}

/** What a format's blueprint lacks given the supply of questions by part kind and area (see supplyByArea). */
export function shortagesFor(format: ExamFormat, supply: ReadonlyMap<string, number>): Shortage[] {
  const shortages: Shortage[] = [];
  for (const part of format.parts) {
    for (const { area, count } of part.blueprint) {
      const available = supply.get(`${part.kind}|${area}`) ?? 0;
      if (available < count) {
        shortages.push({
          partId: part.id,
          partTitle: part.title,
          area,
          needed: count,
          available,
          missing: count - available,
        });
      }
    }
  }
  return shortages;
}

/** Adds up the supplies of several banks. */
export function combineSupplies(supplies: readonly Readonly<Record<string, number>>[]): Map<string, number> {
  const total = new Map<string, number>();
  for (const supply of supplies) {
    for (const [key, n] of Object.entries(supply)) total.set(key, (total.get(key) ?? 0) + n);
  }
  return total;
}
