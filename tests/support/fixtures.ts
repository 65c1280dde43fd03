import { findBuiltInFormat } from '../../src/domain/builtInFormats';
import type { BlueprintRow, ExamFormat } from '../../src/domain/formats';
import type { CaseQuestion, Question, SingleQuestion } from '../../src/domain/questions';

export function builtIn(id: string): ExamFormat {
  const format = findBuiltInFormat(id);
  if (!format) throw new Error(`no built-in format ${id}`);
  return format;
}

export function single(id: string, area: string, key = 'A', bankId = 'bank'): SingleQuestion {
  return {
    id,
    bankId,
    area,
    type: 'single',
    stem: `Question ${id}`,
    textFormat: 'plain',
    choices: ['A', 'B', 'C', 'D'].map((c) => ({ id: c, text: `Choice ${c} of ${id}` })),
    key,
    rationale: 'Because.',
    references: [],
    tags: [],
  };
}

export function codingCase(id: string, codes: string[], principalFirst = true): CaseQuestion {
  return {
    id,
    bankId: 'bank',
    area: 'inpatient-case',
    type: 'case',
    stem: 'Code this admission.',
    textFormat: 'plain',
    record: 'DISCHARGE SUMMARY',
    expectedCodes: codes.map((code) => ({ code, system: 'ICD-10-CM' as const })),
    principalFirst,
    rationale: 'Because.',
    references: [],
    tags: [],
  };
}

/** Exactly enough single-answer (and case) questions for a format's blueprint, times `copies`. */
export function bankFor(format: ExamFormat, copies = 1): Question[] {
  const questions: Question[] = [];
  for (const part of format.parts) {
    part.blueprint.forEach((row: BlueprintRow) => {
      for (let i = 0; i < row.count * copies; i++) {
        const id = `${part.id}-${row.area}-${i}`;
        questions.push(part.kind === 'case' ? codingCase(id, ['I10', 'E11.9']) : single(id, row.area));
      }
    });
  }
  return questions;
}
