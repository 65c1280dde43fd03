import { z } from 'zod';
import type { Question } from '../domain/questions';
import { choicesFrom } from './build';
import { type JsonPath, readJson } from './jsonLines';
import { fileExtension, normaliseText } from './text';
import type { Importer, ImportInput, ImportProblem, ImportResult } from './types';

export const NATIVE_FORMAT_ID = 'coding-exam-bank';
export const NATIVE_VERSION = 1;

const letter = z.string().regex(/^[A-H]$/, 'must be a choice letter from A to H');
const text = z.string().trim().min(1, 'must not be empty');

const common = {
  id: z.string().regex(/^[A-Za-z0-9._:-]{1,80}$/, 'must be 1-80 letters, digits or . _ : -'),
  area: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'must be an area id such as "icd-10-cm" (lowercase, digits, dashes)'),
  stem: text.max(20_000, 'is longer than 20,000 characters'),
  textFormat: z.enum(['plain', 'markdown', 'html']).default('plain'),
  rationale: z.string().max(20_000).default(''),
  references: z.array(z.string().max(500)).max(20).default([]),
  tags: z.array(z.string().max(60)).max(20).default([]),
};
const choices = z
  .array(text.max(5_000))
  .min(2, 'needs at least 2 choices')
  .max(8, 'allows at most 8 choices');

export const nativeQuestionSchema = z.discriminatedUnion('type', [
  z.object({ ...common, type: z.literal('single'), choices, key: letter }),
  z.object({
    ...common,
    type: z.literal('multiple'),
    choices,
    key: z.array(letter).min(1, 'needs at least one key'),
  }),
  z.object({
    ...common,
    type: z.literal('short'),
    accepted: z
      .array(z.union([text, z.object({ number: z.number(), tolerance: z.number().min(0).default(0) })]))
      .min(1, 'needs at least one accepted answer'),
    caseSensitive: z.boolean().default(false),
  }),
  z.object({
    ...common,
    type: z.literal('case'),
    record: text.max(100_000),
    expectedCodes: z
      .array(
        z.object({
          code: z
            .string()
            .regex(/^[A-Za-z0-9][A-Za-z0-9. ]{1,11}$/, 'must be a code such as "E11.9" or "0DTJ4ZZ"'),
          system: z.enum(['ICD-10-CM', 'ICD-10-PCS', 'HCPCS', 'CPT', 'other']),
          why: z.string().max(2_000).optional(),
        }),
      )
      .min(1, 'needs at least one expected code')
      .max(40, 'allows at most 40 expected codes'),
    principalFirst: z.boolean().default(false),
  }),
]);

export const nativeBankSchema = z.object({
  format: z.literal(NATIVE_FORMAT_ID),
  version: z.literal(NATIVE_VERSION),
  title: text.max(200),
  author: z.string().max(200).default(''),
  license: z.string().max(200).default(''),
  description: z.string().max(5_000).default(''),
  questions: z.array(z.unknown()).min(1, 'needs at least one question'),
});

export type NativeQuestion = z.infer<typeof nativeQuestionSchema>;
export type NativeBank = Omit<z.infer<typeof nativeBankSchema>, 'questions'> & {
  questions: NativeQuestion[];
};

function toQuestion(q: NativeQuestion, bankId: string): Question {
  const base = {
    id: q.id,
    bankId,
    area: q.area,
    stem: q.stem,
    textFormat: q.textFormat,
    rationale: q.rationale,
    references: q.references,
    tags: q.tags,
  };
  switch (q.type) {
    case 'single':
      return { ...base, type: 'single', choices: choicesFrom(q.choices), key: q.key };
    case 'multiple':
      return { ...base, type: 'multiple', choices: choicesFrom(q.choices), keys: [...new Set(q.key)] };
    case 'short':
      return {
        ...base,
        type: 'short',
        caseSensitive: q.caseSensitive,
        accepted: q.accepted.map((a) =>
          typeof a === 'string'
            ? { kind: 'text', text: a }
            : { kind: 'number', value: a.number, tolerance: a.tolerance },
        ),
      };
    case 'case':
      return {
        ...base,
        type: 'case',
        record: q.record,
        expectedCodes: q.expectedCodes,
        principalFirst: q.principalFirst,
      };
  }
}

/** Checks a schema cannot express: keys that name a choice, distinct choices. */
function crossCheck(q: NativeQuestion): { field: string; message: string }[] {
  if (q.type !== 'single' && q.type !== 'multiple') return [];
  const problems: { field: string; message: string }[] = [];
  const letters = choicesFrom(q.choices).map((c) => c.id);
  const keys = q.type === 'single' ? [q.key] : q.key;
  for (const k of keys) {
    if (!letters.includes(k))
      problems.push({
        field: 'key',
        message: `key "${k}" names no choice: there are only ${letters.length} (${letters.join(', ')})`,
      });
  }
  const seen = new Set<string>();
  q.choices.forEach((c, i) => {
    const t = c.trim().toLowerCase();
    if (seen.has(t))
      problems.push({ field: `choices[${i}]`, message: `choice ${letters[i]} repeats an earlier choice` });
    seen.add(t);
  });
  return problems;
}

function fieldName(path: JsonPath): string {
  return path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${p}` : p), '');
}

function explain(issue: z.core.$ZodIssue, value: unknown): string {
  if (issue.code === 'invalid_type' && value === undefined) return 'is missing';
  if (issue.code === 'invalid_union' && issue.path.at(-1) === 'type')
    return 'must be "single", "multiple", "short" or "case"';
  if (issue.code === 'invalid_value')
    return `must be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`;
  if (issue.code === 'invalid_type')
    return `must be ${issue.expected === 'string' ? 'text' : `a ${issue.expected}`}`;
  return issue.message;
}

function valueAt(root: unknown, path: JsonPath): unknown {
  let v: unknown = root;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[p];
  }
  return v;
}

/** Parses and validates a native bank. O(size of file); lines are worked out only when there are problems. */
export function parseNative({ fileName, text: raw, bankId }: ImportInput): ImportResult {
  const text = normaliseText(raw);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const read = readJson(text);
    const line = read.ok ? null : read.line;
    const message = read.ok ? 'the file is not valid JSON' : `${read.message}; the file is not valid JSON`;
    return { ok: false, format: 'native', problems: [{ file: fileName, line, field: null, message }] };
  }
  const found: { path: JsonPath; message: string }[] = [];
  const bank = nativeBankSchema.safeParse(value);
  if (!bank.success) {
    for (const issue of bank.error.issues) {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      found.push({
        path,
        message: `${fieldName(path) || 'the file'} ${explain(issue, valueAt(value, path))}`,
      });
    }
  }
  const questions: Question[] = [];
  const ids = new Map<string, number>();
  const rawQuestions = bank.success ? bank.data.questions : [];
  rawQuestions.forEach((rawQuestion, index) => {
    const at: JsonPath = ['questions', index];
    const label = `question ${index + 1}`;
    const parsed = nativeQuestionSchema.safeParse(rawQuestion);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
        const v = valueAt(rawQuestion, path);
        found.push({
          path: [...at, ...path],
          message: `${label}: ${fieldName(path) || 'the question'} ${explain(issue, v)}`,
        });
      }
      return;
    }
    for (const p of crossCheck(parsed.data))
      found.push({ path: [...at, p.field.replace(/\[\d+\]$/, '')], message: `${label}: ${p.message}` });
    const first = ids.get(parsed.data.id);
    if (first !== undefined)
      found.push({
        path: [...at, 'id'],
        message: `${label}: id "${parsed.data.id}" is already used by question ${first + 1}; ids must be unique`,
      });
    else ids.set(parsed.data.id, index);
    questions.push(toQuestion(parsed.data, bankId));
  });
  if (found.length > 0) {
    const read = readJson(text);
    const problems: ImportProblem[] = found.map((f) => ({
      file: fileName,
      line: read.ok ? read.lineOf(f.path) : null,
      field: fieldName(f.path) || null,
      message: f.message,
    }));
    return { ok: false, format: 'native', problems };
  }
  if (!bank.success) throw new Error('unreachable: a failed bank always has problems');
  const { title, author, license, description } = bank.data;
  return { ok: true, format: 'native', bank: { title, author, license, description, questions } };
}

export const nativeImporter: Importer = {
  format: 'native',
  label: 'Native bank (JSON)',
  extensions: ['json'],
  detect: (fileName, text) => {
    const head = text.slice(0, 2000);
    if (head.includes(`"${NATIVE_FORMAT_ID}"`)) return 1;
    return fileExtension(fileName) === 'json' ? 0.5 : 0;
  },
  parse: parseNative,
};
