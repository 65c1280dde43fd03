import { z } from 'zod';

// A backup is every stored row of the app in one file. This module checks a parsed file and plans
// how it merges into what a browser already holds; reading and writing the database is storage's job.

export const BACKUP_FORMAT = 'coding-exam-simulator-backup';
/** The database schema version the backup's rows follow; raise it with the Dexie version. */
export const BACKUP_SCHEMA_VERSION = 1;

// Schemas of every stored row, as the database holds them (see storage/db.ts). Storage checks at
// compile time that what they accept is exactly its row types.

const text = z.string();
const id = z.string().min(1, 'must not be empty');
const time = z.number();
const count = z.number().int().min(0, 'must not be negative');
const texts = z.array(z.string());

const choice = z.object({ id, text });
const questionBase = {
  id,
  bankId: id,
  area: id,
  stem: text,
  textFormat: z.enum(['plain', 'markdown', 'html']),
  rationale: text,
  references: texts,
  tags: texts,
};
const questionSchema = z.discriminatedUnion('type', [
  z.object({ ...questionBase, type: z.literal('single'), choices: z.array(choice), key: text }),
  z.object({ ...questionBase, type: z.literal('multiple'), choices: z.array(choice), keys: texts }),
  z.object({
    ...questionBase,
    type: z.literal('short'),
    accepted: z.array(
      z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('text'), text }),
        z.object({ kind: z.literal('number'), value: z.number(), tolerance: z.number().min(0) }),
      ]),
    ),
    caseSensitive: z.boolean(),
  }),
  z.object({
    ...questionBase,
    type: z.literal('case'),
    record: text,
    expectedCodes: z.array(
      z.object({
        code: id,
        system: z.enum(['ICD-10-CM', 'ICD-10-PCS', 'HCPCS', 'CPT', 'other']),
        why: text.optional(),
      }),
    ),
    principalFirst: z.boolean(),
  }),
]);

const formatSchema = z.object({
  id,
  code: text,
  name: text,
  body: text,
  summary: text,
  parts: z.array(
    z.object({
      id,
      kind: z.enum(['choice', 'case']),
      title: text,
      blueprint: z.array(z.object({ area: id, count })),
    }),
  ),
  timing: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('timed'), minutes: z.number().positive('must be more than 0') }),
    z.object({ kind: z.literal('window'), days: z.number().positive('must be more than 0') }),
  ]),
  passPercent: z.number().min(0).max(100, 'must be a percent from 0 to 100'),
  openBook: z.boolean(),
  catalog: z.object({
    prices: z.array(
      z.object({
        usd: z.number(),
        membership: z.enum(['member', 'non-member', 'any']),
        delivery: z.enum(['online', 'in-person', 'any']),
      }),
    ),
    feeNote: text,
    membershipRequired: z.boolean(),
    retakes: z
      .object({ free: count, who: z.enum(['members', 'everyone']), withinMonths: z.number().nullable() })
      .nullable(),
    retakeNote: text,
    eligibility: text,
    allowedReferences: text,
    extras: z.array(z.object({ label: text, usd: z.number() })),
  }),
  assumptions: texts,
  blueprintNote: text,
  source: z.object({ label: text, date: text }),
  origin: z.enum(['built-in', 'newer-built-in', 'custom']),
});

const tally = z.object({
  id: text,
  earned: z.number(),
  possible: z.number(),
  questions: count,
  percent: z.number(),
});
const scoreSchema = z.object({
  earned: z.number(),
  possible: z.number(),
  percent: z.number(),
  passPercent: z.number(),
  passed: z.boolean(),
  pointsNeeded: z.number(),
  margin: z.number(),
  byPart: z.array(tally),
  byArea: z.array(tally),
  items: z.array(
    z.object({
      question: id,
      partId: text,
      area: text,
      earned: z.number(),
      possible: z.number(),
      answered: z.boolean(),
      correct: z.boolean(),
      caseMarks: z
        .object({
          expected: z.array(z.object({ code: text, mark: z.enum(['found', 'missing', 'out-of-order']) })),
          extra: texts,
        })
        .nullable(),
    }),
  ),
});

const answerSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('single'), choice: text }),
  z.object({ type: z.literal('multiple'), choices: texts }),
  z.object({ type: z.literal('short'), text }),
  z.object({ type: z.literal('case'), codes: texts }),
]);

const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  schemaVersion: z.literal(BACKUP_SCHEMA_VERSION),
  exportedAt: text,
  banks: z.array(
    z.object({
      id,
      title: text,
      author: text,
      license: text,
      description: text,
      origin: z.enum(['shipped', 'imported']),
      fileName: text,
      fileFormat: text,
      importedAt: time,
      questionCount: count,
      supply: z.record(z.string(), count),
    }),
  ),
  questions: z.array(questionSchema),
  attempts: z.array(
    z.object({
      id,
      formatId: id,
      format: formatSchema,
      mode: z.enum(['exam', 'practice']),
      form: z.object({
        seed: z.number(),
        items: z.array(z.object({ partId: id, question: questionSchema })),
      }),
      accommodation: z.literal([1, 1.25, 1.5, 2]),
      timeZone: text,
      clock: z.object({
        startedAt: time,
        deadline: time,
        pausedAt: time.nullable(),
        pausedMs: z.number().min(0, 'must not be negative'),
        lastSeenAt: time,
        jumps: z.array(z.object({ seenAt: time, previous: time })),
      }),
      status: z.enum(['in-progress', 'submitted', 'expired']),
      startedAt: time,
      finishedAt: time.nullable(),
      position: count,
      warningsShown: z.array(z.number()),
      bankIds: texts,
      score: scoreSchema.nullable(),
    }),
  ),
  responses: z.array(
    z.object({
      attemptId: id,
      question: id,
      answer: answerSchema.nullable(),
      answeredAt: time.nullable(),
      flagged: z.boolean(),
      struck: texts,
      note: text,
    }),
  ),
  settings: z.array(z.object({ key: id, value: z.unknown() })),
  customFormats: z.array(z.object({ id, format: formatSchema, updatedAt: time })),
});

export const BACKUP_TABLES = [
  'banks',
  'questions',
  'attempts',
  'responses',
  'settings',
  'customFormats',
] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

export type BackupFile = z.infer<typeof backupSchema>;
export type BackupRows = Pick<BackupFile, BackupTable>;

export type BackupPath = readonly (string | number)[];

/** One thing wrong with a backup: where (a path into the file) and what. */
export interface BackupProblem {
  readonly path: BackupPath;
  readonly message: string;
}

export type BackupCheck =
  | { readonly ok: true; readonly backup: BackupFile }
  | { readonly ok: false; readonly problems: readonly BackupProblem[] };

/** `attempts[3].status`, or '' for the whole file. */
export function pathText(path: BackupPath): string {
  return path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${p}` : p), '');
}

function listOf(values: readonly unknown[]): string {
  const words = values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
  return words.length < 2 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  record: 'an object',
};

function valueAt(root: unknown, path: BackupPath): unknown {
  let v: unknown = root;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[p];
  }
  return v;
}

function explain(issue: z.core.$ZodIssue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return 'is missing';
      return `must be ${TYPE_WORDS[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return `must be ${listOf(issue.values)}`;
    case 'invalid_union':
      return 'options' in issue && Array.isArray(issue.options)
        ? `must be ${listOf(issue.options)}`
        : 'is not any of the allowed shapes';
    default:
      return issue.message;
  }
}

function problemsOf(error: z.ZodError, root: unknown): BackupProblem[] {
  return error.issues.map((issue) => {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    return { path, message: explain(issue, valueAt(root, path)) };
  });
}

/** Rows the schema cannot judge alone: keys used twice, questions and answers pointing nowhere. */
function crossCheck(backup: BackupFile): BackupProblem[] {
  const problems: BackupProblem[] = [];
  const unique = <T>(table: BackupTable, rows: readonly T[], keyOf: (row: T) => string, what: string) => {
    const first = new Map<string, number>();
    rows.forEach((row, i) => {
      const key = keyOf(row);
      const earlier = first.get(key);
      if (earlier === undefined) first.set(key, i);
      else problems.push({ path: [table, i], message: `repeats ${what} of ${table}[${earlier}]` });
    });
    return first;
  };
  const banks = unique('banks', backup.banks, (b) => b.id, 'the id');
  unique('questions', backup.questions, (q) => pairKey(q.bankId, q.id), 'the bankId and id');
  const attempts = unique('attempts', backup.attempts, (a) => a.id, 'the id');
  unique(
    'responses',
    backup.responses,
    (r) => pairKey(r.attemptId, r.question),
    'the attemptId and question',
  );
  unique('settings', backup.settings, (s) => s.key, 'the key');
  unique('customFormats', backup.customFormats, (f) => f.id, 'the id');
  backup.questions.forEach((q, i) => {
    if (!banks.has(q.bankId))
      problems.push({
        path: ['questions', i, 'bankId'],
        message: `names bank "${q.bankId}", which is not in banks`,
      });
  });
  backup.responses.forEach((r, i) => {
    if (!attempts.has(r.attemptId))
      problems.push({
        path: ['responses', i, 'attemptId'],
        message: `names attempt "${r.attemptId}", which is not in attempts`,
      });
  });
  return problems;
}

/** Checks the marker and version first, so a bank file or a newer backup gets a plain answer. */
export function checkBackup(value: unknown): BackupCheck {
  const head = z.object({ format: z.unknown(), schemaVersion: z.unknown() }).safeParse(value);
  if (!head.success || head.data.format !== BACKUP_FORMAT)
    return {
      ok: false,
      problems: [
        {
          path: ['format'],
          message: `must be "${BACKUP_FORMAT}": this file is not a backup of this app (question banks are added on the Question banks page)`,
        },
      ],
    };
  const version = head.data.schemaVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > BACKUP_SCHEMA_VERSION)
    return {
      ok: false,
      problems: [
        {
          path: ['schemaVersion'],
          message: `is ${version}, but this app reads backups up to version ${BACKUP_SCHEMA_VERSION}: update the app (reload it while online) and try again`,
        },
      ],
    };
  const parsed = backupSchema.safeParse(value);
  if (!parsed.success) return { ok: false, problems: problemsOf(parsed.error, value) };
  const problems = crossCheck(parsed.data);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, backup: parsed.data };
}

/** A key for two-part primary keys; JSON keeps `a/b` + `c` apart from `a` + `b/c`. */
export function pairKey(a: string, b: string): string {
  return JSON.stringify([a, b]);
}

/** The primary keys a browser already holds, two-part keys as `pairKey`. */
export type ExistingKeys = Readonly<Record<BackupTable, ReadonlySet<string>>>;

export interface TableCount {
  readonly added: number;
  /** Rows kept as they were: already there, or answers of an attempt already there. */
  readonly existing: number;
}

export interface MergePlan {
  readonly add: BackupRows;
  readonly counts: Readonly<Record<BackupTable, TableCount>>;
  /** Banks that gain questions, whose counts must be worked out again. */
  readonly banksTouched: readonly string[];
}

/**
 * Adds what is missing and leaves everything present as it is. An attempt already here keeps its own
 * answers: adding some from elsewhere would change a finished result.
 */
export function planMerge(backup: BackupRows, existing: ExistingKeys): MergePlan {
  const split = <T>(rows: readonly T[], isNew: (row: T) => boolean) => {
    const add = rows.filter(isNew);
    return { add, count: { added: add.length, existing: rows.length - add.length } };
  };
  const banks = split(backup.banks, (b) => !existing.banks.has(b.id));
  const questions = split(backup.questions, (q) => !existing.questions.has(pairKey(q.bankId, q.id)));
  const attempts = split(backup.attempts, (a) => !existing.attempts.has(a.id));
  const newAttempts = new Set(attempts.add.map((a) => a.id));
  const responses = split(
    backup.responses,
    (r) => newAttempts.has(r.attemptId) && !existing.responses.has(pairKey(r.attemptId, r.question)),
  );
  const settings = split(backup.settings, (s) => !existing.settings.has(s.key));
  const customFormats = split(backup.customFormats, (f) => !existing.customFormats.has(f.id));
  return {
    add: {
      banks: banks.add,
      questions: questions.add,
      attempts: attempts.add,
      responses: responses.add,
      settings: settings.add,
      customFormats: customFormats.add,
    },
    counts: {
      banks: banks.count,
      questions: questions.count,
      attempts: attempts.count,
      responses: responses.count,
      settings: settings.count,
      customFormats: customFormats.count,
    },
    banksTouched: [...new Set(questions.add.map((q) => q.bankId))],
  };
}
