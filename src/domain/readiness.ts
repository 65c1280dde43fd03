import type { AreaId } from './areas';
import type { Mode } from './attempt';
import type { ExamFormat } from './formats';

// An estimate of the next exam-mode score from the candidate's own exam-mode history, per area,
// weighted by the format's blueprint. No peer data: there is none in an offline app, and none is
// invented.

/** One area of one attempt: what a history entry keeps per area. */
export interface ReadinessArea {
  readonly id: AreaId;
  readonly earned: number;
  readonly possible: number;
  readonly questions: number;
  readonly answered: number;
}

export interface ReadinessAttempt {
  readonly mode: Mode;
  readonly finishedAt: number;
  readonly areas: readonly ReadinessArea[];
}

/** What the estimate needs of a format: its blueprint and pass mark. */
export type ReadinessFormat = Pick<ExamFormat, 'parts' | 'passPercent'>;

export interface ReadinessOptions {
  /** Fewer finished exam-mode attempts than this: not enough data. */
  readonly minAttempts: number;
  /** Fewer answered questions than this in any blueprint area: not enough data. */
  readonly minAnsweredPerArea: number;
  /** Only the latest attempts count, so old habits fade out. */
  readonly recentAttempts: number;
  /** Two-sided interval coverage, as a z value (1.645 for 90%). */
  readonly z: number;
}

export const READINESS_DEFAULTS: ReadinessOptions = {
  minAttempts: 2,
  minAnsweredPerArea: 5,
  recentAttempts: 10,
  z: 1.645,
};

export interface AreaEstimate {
  readonly area: AreaId;
  /** Points this area is worth on a real form (blueprint count x points per question). */
  readonly weight: number;
  readonly earned: number;
  readonly possible: number;
  readonly answered: number;
  /** Posterior mean accuracy, 0-1. */
  readonly accuracy: number;
}

export type Readiness =
  | {
      readonly kind: 'not-enough';
      readonly attempts: number;
      readonly shortAreas: readonly { readonly area: AreaId; readonly answered: number }[];
      readonly options: ReadinessOptions;
    }
  | {
      readonly kind: 'estimate';
      readonly attempts: number;
      readonly percent: number;
      readonly low: number;
      readonly high: number;
      readonly passPercent: number;
      /** Where the interval sits against the pass mark. */
      readonly verdict: 'range-above-pass' | 'range-spans-pass' | 'range-below-pass';
      readonly areas: readonly AreaEstimate[];
      readonly options: ReadinessOptions;
    };

/** The prior: Jeffreys' Beta(1/2, 1/2), which lets a few answers speak without pinning 0% or 100%. */
const PRIOR = 0.5;

interface Evidence {
  earned: number;
  possible: number;
  answered: number;
  questions: number;
}

function evidenceByArea(attempts: readonly ReadinessAttempt[]): Map<AreaId, Evidence> {
  const byArea = new Map<AreaId, Evidence>();
  for (const attempt of attempts) {
    for (const area of attempt.areas) {
      const e = byArea.get(area.id) ?? { earned: 0, possible: 0, answered: 0, questions: 0 };
      e.earned += area.earned;
      e.possible += area.possible;
      e.answered += area.answered;
      e.questions += area.questions;
      byArea.set(area.id, e);
    }
  }
  return byArea;
}

/** Points per blueprint area: choice questions are worth one; a case is worth its codes, as seen so far. */
function blueprintWeights(
  format: ReadinessFormat,
  evidence: ReadonlyMap<AreaId, Evidence>,
): Map<AreaId, number> {
  const weights = new Map<AreaId, number>();
  for (const part of format.parts) {
    for (const { area, count } of part.blueprint) {
      if (count <= 0) continue;
      const e = evidence.get(area);
      const perQuestion = part.kind === 'case' && e && e.questions > 0 ? e.possible / e.questions : 1;
      weights.set(area, (weights.get(area) ?? 0) + count * perQuestion);
    }
  }
  return weights;
}

/**
 * Per area, a beta posterior on accuracy from the points earned and lost in exam mode. The
 * estimate is the blueprint-weighted mean of the posterior means; its interval adds each area's
 * beta-binomial predictive variance (the uncertainty about the accuracy and the luck of the draw
 * on a form of that many points), assuming areas are independent.
 */
export function readiness(
  format: ReadinessFormat,
  history: readonly ReadinessAttempt[],
  options: ReadinessOptions = READINESS_DEFAULTS,
): Readiness {
  const attempts = history
    .filter((a) => a.mode === 'exam')
    .sort((a, b) => b.finishedAt - a.finishedAt)
    .slice(0, options.recentAttempts);
  const evidence = evidenceByArea(attempts);
  const weights = blueprintWeights(format, evidence);
  const shortAreas = [...weights.keys()]
    .map((area) => ({ area, answered: evidence.get(area)?.answered ?? 0 }))
    .filter((a) => a.answered < options.minAnsweredPerArea);
  if (attempts.length < options.minAttempts || shortAreas.length > 0 || weights.size === 0) {
    return { kind: 'not-enough', attempts: attempts.length, shortAreas, options };
  }
  let total = 0;
  let expected = 0;
  let variance = 0;
  const areas: AreaEstimate[] = [];
  for (const [area, m] of weights) {
    const e = evidence.get(area) ?? { earned: 0, possible: 0, answered: 0, questions: 0 };
    const alpha = e.earned + PRIOR;
    const beta = e.possible - e.earned + PRIOR;
    const s = alpha + beta;
    const accuracy = alpha / s;
    total += m;
    expected += m * accuracy;
    variance += (m * alpha * beta * (s + m)) / (s * s * (s + 1));
    areas.push({ area, weight: m, earned: e.earned, possible: e.possible, answered: e.answered, accuracy });
  }
  const percent = (expected / total) * 100;
  const spread = (options.z * Math.sqrt(variance) * 100) / total;
  const low = Math.max(0, percent - spread);
  const high = Math.min(100, percent + spread);
  const pass = format.passPercent;
  return {
    kind: 'estimate',
    attempts: attempts.length,
    percent,
    low,
    high,
    passPercent: pass,
    verdict: low >= pass ? 'range-above-pass' : high < pass ? 'range-below-pass' : 'range-spans-pass',
    areas,
    options,
  };
}
