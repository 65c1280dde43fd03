import { performance } from 'node:perf_hooks';
import type { Response } from '../../src/domain/attempt';
import { findBuiltInFormat } from '../../src/domain/builtInFormats';
import { assembleForm } from '../../src/domain/form';
import type { BlueprintRow, ExamFormat } from '../../src/domain/formats';
import { type Question, questionKey } from '../../src/domain/questions';
import { scoreForm } from '../../src/domain/scoring';
import { fmt, median, printTable } from './stats';

function bank(format: ExamFormat, size: number): Question[] {
  const rows: BlueprintRow[] = format.parts.flatMap((p) => [...p.blueprint]);
  return Array.from({ length: size }, (_, i) => {
    const row = rows[i % rows.length] ?? { area: 'anatomy', count: 1 };
    return {
      id: `q${i}`,
      bankId: 'bench',
      area: row.area,
      type: 'single' as const,
      stem: `Question ${i}`,
      textFormat: 'plain' as const,
      choices: ['A', 'B', 'C', 'D'].map((id) => ({ id, text: `${id}${i}` })),
      key: 'B',
      rationale: '',
      references: [],
      tags: [],
    };
  });
}

function time(run: () => void, repeats: number): number[] {
  const samples: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return samples;
}

/** Form assembly and scoring should grow linearly with the bank and the form. */
export function benchDomain(): void {
  const format = findBuiltInFormat('cpc');
  if (!format) throw new Error('no CPC format');
  const rows: string[][] = [];
  let first: number | null = null;
  for (const size of [1_000, 10_000, 100_000]) {
    const questions = bank(format, size);
    const assemble = median(time(() => assembleForm(format, questions, 7), 15));
    const perQuestion = (assemble * 1000) / size;
    first ??= perQuestion;
    rows.push([size.toLocaleString('en-US'), fmt(assemble), fmt(perQuestion, 3), fmt(perQuestion / first)]);
  }
  printTable(
    'Form assembly (CPC blueprint, Node): median of 15 runs',
    ['bank size', 'ms', 'µs per question', 'ratio to 1k'],
    rows,
  );

  const scoreRows: string[][] = [];
  let firstScore: number | null = null;
  for (const size of [150, 1_500, 15_000]) {
    const questions = bank(format, size);
    const form = { seed: 1, items: questions.map((question) => ({ partId: 'choice', question })) };
    const responses: Record<string, Response> = {};
    for (const q of questions) {
      responses[questionKey(q)] = {
        answer: { type: 'single', choice: 'B' },
        answeredAt: 1,
        flagged: false,
        struck: [],
        note: '',
      };
    }
    const ms = median(time(() => scoreForm(form, responses, 70, 10), 25));
    const perItem = (ms * 1000) / size;
    firstScore ??= perItem;
    scoreRows.push([size.toLocaleString('en-US'), fmt(ms, 3), fmt(perItem, 3), fmt(perItem / firstScore)]);
  }
  printTable(
    'Scoring (Node): median of 25 runs',
    ['form size', 'ms', 'µs per item', 'ratio to 150'],
    scoreRows,
  );
}
