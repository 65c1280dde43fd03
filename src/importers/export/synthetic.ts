import { areaLabel } from '../../domain/areas';
import { BUILT_IN_FORMATS } from '../../domain/builtInFormats';
import { CHOICE_IDS, type Choice, type Question } from '../../domain/questions';
import { seededRandom } from '../../domain/random';
import type { BankFileFormat } from '../types';
import { EXPORTERS } from './index';

/**
 * Synthetic banks for benchmarks and load tests: N questions, the same for the same seed, spread over
 * every area of every built-in blueprint, in the question types each file format can carry. The text
 * says plainly that it is synthetic; it is not study material.
 */

type Kind = 'single' | 'multiple' | 'short-text' | 'short-number' | 'case';

/** What each format can write (Aiken has no areas: its questions come back "uncategorised"). */
export const SYNTHETIC_KINDS: Readonly<Record<BankFileFormat, readonly Kind[]>> = {
  native: ['single', 'multiple', 'short-text', 'short-number', 'case'],
  gift: ['single', 'multiple', 'short-text', 'short-number'],
  'moodle-xml': ['single', 'multiple', 'short-text', 'short-number'],
  csv: ['single', 'multiple', 'short-text'],
  qti: ['single', 'multiple', 'short-text'],
  aiken: ['single'],
};

export interface SyntheticOptions {
  readonly count: number;
  readonly seed: number;
  readonly bankId?: string;
  /** The question types to draw; all of them by default. */
  readonly kinds?: readonly Kind[];
}

/** Every (part kind, area) a built-in blueprint draws from, in a stable order. */
export function blueprintSlots(): { kind: 'choice' | 'case'; area: string }[] {
  const seen = new Map<string, { kind: 'choice' | 'case'; area: string }>();
  for (const format of BUILT_IN_FORMATS)
    for (const part of format.parts)
      for (const row of part.blueprint)
        seen.set(`${part.kind}|${row.area}`, { kind: part.kind, area: row.area });
  return [...seen.values()];
}

// Public-domain ICD-10-CM codes, used only as answer material.
const CODES = ['I10', 'E11.9', 'J18.9', 'N39.0', 'K21.9', 'M54.50', 'R07.9', 'Z00.00', 'J45.909', 'E78.5'];
const WORDS = [
  'record',
  'claim',
  'guideline',
  'modifier',
  'encounter',
  'procedure',
  'diagnosis',
  'payer',
  'note',
];

export function syntheticQuestions(options: SyntheticOptions): Question[] {
  const { count, seed, bankId = 'synthetic' } = options;
  const kinds = options.kinds ?? SYNTHETIC_KINDS.native;
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => {
    const item = list[Math.floor(random() * list.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  };
  const slots = blueprintSlots().filter((s) => s.kind === 'choice' || kinds.includes('case'));
  const choiceKinds = kinds.filter((k) => k !== 'case');
  const questions: Question[] = [];
  for (let i = 0; i < count; i++) {
    const slot = slots[i % slots.length] ?? { kind: 'choice', area: 'uncategorised' };
    const n = i + 1;
    const word = pick(WORDS);
    const base = {
      id: `syn-${n}`,
      bankId,
      area: slot.area,
      textFormat: 'plain' as const,
      rationale: `Synthetic item ${n}: the keyed answer was chosen by the generator (seed ${seed}).`,
      references: [],
      tags: ['synthetic'],
    };
    const stem = `Synthetic question ${n} (${areaLabel(slot.area)}): which ${word} statement is keyed for item ${n}?`;
    const kind: Kind =
      slot.kind === 'case' ? 'case' : pick(choiceKinds.length > 0 ? choiceKinds : ['single']);
    const choices = (): Choice[] => {
      const size = 3 + Math.floor(random() * 3);
      return CHOICE_IDS.slice(0, size).map((id, c) => ({
        id,
        text: `Option ${c + 1} about the ${word} for item ${n}`,
      }));
    };
    switch (kind) {
      case 'single': {
        const list = choices();
        questions.push({ ...base, type: 'single', stem, choices: list, key: pick(list).id });
        break;
      }
      case 'multiple': {
        const list = choices();
        const keys = list.filter(() => random() < 0.5).map((c) => c.id);
        questions.push({
          ...base,
          type: 'multiple',
          stem,
          choices: list,
          keys: keys.length > 0 ? keys : ['A'],
        });
        break;
      }
      case 'short-text':
        questions.push({
          ...base,
          type: 'short',
          stem: `Synthetic question ${n} (${areaLabel(slot.area)}): type the code keyed for item ${n}.`,
          accepted: [{ kind: 'text', text: pick(CODES) }],
          caseSensitive: false,
        });
        break;
      case 'short-number':
        questions.push({
          ...base,
          type: 'short',
          stem: `Synthetic question ${n} (${areaLabel(slot.area)}): how many units are keyed for item ${n}?`,
          accepted: [{ kind: 'number', value: 1 + Math.floor(random() * 20), tolerance: 0 }],
          caseSensitive: false,
        });
        break;
      case 'case': {
        const codes = [...new Set([pick(CODES), pick(CODES), pick(CODES)])];
        questions.push({
          ...base,
          type: 'case',
          stem: `Synthetic case ${n}: code the record.`,
          record: `SYNTHETIC RECORD ${n}\nAdmitted for a ${word} review. Findings support the codes keyed by the generator.`,
          expectedCodes: codes.map((code) => ({ code, system: 'ICD-10-CM' as const })),
          principalFirst: true,
        });
        break;
      }
    }
  }
  return questions;
}

/** A synthetic bank written as a file of the given format. */
export function syntheticBankText(format: BankFileFormat, options: Omit<SyntheticOptions, 'kinds'>): string {
  const questions = syntheticQuestions({ ...options, kinds: SYNTHETIC_KINDS[format] });
  const meta = {
    title: `Synthetic bank (${options.count} questions, seed ${options.seed})`,
    author: 'generate-bank',
    license: 'CC0-1.0',
    description: 'Generated for benchmarks and load tests; not study material.',
  };
  return EXPORTERS[format](meta, questions).text;
}
