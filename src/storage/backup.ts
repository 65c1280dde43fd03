import { useLiveQuery } from 'dexie-react-hooks';
import {
  BACKUP_FORMAT,
  BACKUP_SCHEMA_VERSION,
  BACKUP_TABLES,
  type BackupTable,
  checkBackup,
  type ExistingKeys,
  pairKey,
  pathText,
  planMerge,
  type TableCount,
} from '../domain/backup';
import { supplyByArea } from '../domain/form';
import { readJson } from '../importers/jsonLines';
import { normaliseText } from '../importers/text';
import {
  type AttemptRow,
  type BankRow,
  type CustomFormatRow,
  db,
  type QuestionRow,
  type ResponseRow,
  type SettingRow,
  type SimulatorDb,
} from './db';
import { finishExpiredAttempts } from './lifecycle';

/** Every table of db.ts, as the backup holds it. */
interface StoredRows {
  banks: BankRow[];
  questions: QuestionRow[];
  attempts: AttemptRow[];
  responses: ResponseRow[];
  settings: SettingRow[];
  customFormats: CustomFormatRow[];
}

export interface BackupExport {
  readonly fileName: string;
  readonly blob: Blob;
  readonly counts: Readonly<Record<BackupTable, number>>;
}

/** `coding-exam-simulator-backup-2026-06-01.json`, by the local date. */
export function backupFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${BACKUP_FORMAT}-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

/**
 * Reads every table in one transaction (a consistent snapshot) and writes one row per line, so a
 * problem found on import can be reported by line, and the file stays as small as plain JSON.
 */
export async function exportBackup(now: Date, source: SimulatorDb = db): Promise<BackupExport> {
  const rows: StoredRows = await source.transaction(
    'r',
    BACKUP_TABLES.map((t) => source.table(t)),
    async () => ({
      banks: await source.banks.toArray(),
      questions: await source.questions.toArray(),
      attempts: await source.attempts.toArray(),
      responses: await source.responses.toArray(),
      settings: await source.settings.toArray(),
      customFormats: await source.customFormats.toArray(),
    }),
  );
  const parts: string[] = [
    `{"format":${JSON.stringify(BACKUP_FORMAT)},"schemaVersion":${BACKUP_SCHEMA_VERSION},"exportedAt":${JSON.stringify(now.toISOString())}`,
  ];
  for (const table of BACKUP_TABLES) {
    const list = rows[table];
    parts.push(`,\n${JSON.stringify(table)}:[`);
    list.forEach((row, i) => {
      parts.push(`${i === 0 ? '\n' : ',\n'}${JSON.stringify(row)}`);
    });
    parts.push(list.length > 0 ? '\n]' : ']');
  }
  parts.push('\n}\n');
  const counts = {
    banks: rows.banks.length,
    questions: rows.questions.length,
    attempts: rows.attempts.length,
    responses: rows.responses.length,
    settings: rows.settings.length,
    customFormats: rows.customFormats.length,
  };
  return { fileName: backupFileName(now), blob: new Blob(parts, { type: 'application/json' }), counts };
}

export type BackupImport =
  | { readonly ok: true; readonly counts: Readonly<Record<BackupTable, TableCount>> }
  | { readonly ok: false; readonly problems: readonly string[] };

const MAX_PROBLEMS = 20;

function refuse(problems: readonly string[]): BackupImport {
  const shown = problems.slice(0, MAX_PROBLEMS);
  if (problems.length > MAX_PROBLEMS) shown.push(`and ${problems.length - MAX_PROBLEMS} more problems`);
  return { ok: false, problems: shown };
}

async function existingKeys(target: SimulatorDb): Promise<ExistingKeys> {
  const strings = async (keys: Promise<unknown[]>) => new Set((await keys).map((k) => String(k)));
  const pairs = async (keys: Promise<unknown[]>) =>
    new Set((await keys).map((k) => (Array.isArray(k) ? pairKey(String(k[0]), String(k[1])) : String(k))));
  return {
    banks: await strings(target.banks.toCollection().primaryKeys()),
    questions: await pairs(target.questions.toCollection().primaryKeys()),
    attempts: await strings(target.attempts.toCollection().primaryKeys()),
    responses: await pairs(target.responses.toCollection().primaryKeys()),
    settings: await strings(target.settings.toCollection().primaryKeys()),
    customFormats: await strings(target.customFormats.toCollection().primaryKeys()),
  };
}

/** Says why the database refused, in words: the transaction has already undone everything. */
function storageProblem(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError' || /quota/i.test(String(error)))
    return 'the browser has no room left to store this backup: nothing was imported. Free some space (delete old attempts or banks, or other sites\u2019 data) and try again';
  return `the browser could not save the backup (${error instanceof Error ? error.message : String(error)}): nothing was imported`;
}

/**
 * Checks a backup and merges it in one transaction: every row is added or none is. Rows already
 * here (same id; answers by attempt and question) are kept as they are, so importing twice adds nothing.
 */
export async function importBackup(
  fileName: string,
  raw: string,
  now: number,
  target: SimulatorDb = db,
): Promise<BackupImport> {
  const text = normaliseText(raw);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const read = readJson(text);
    const where = read.ok ? `${fileName}: ` : `${fileName}:${read.line}: ${read.message}. `;
    return refuse([
      `${where}The file is not valid JSON: it may have been cut short or changed. Nothing was imported; export the backup again`,
    ]);
  }
  const checked = checkBackup(value);
  if (!checked.ok) {
    const read = readJson(text);
    return refuse(
      checked.problems.map((p) => {
        const line = read.ok ? read.lineOf(p.path) : null;
        const where = line === null ? fileName : `${fileName}:${line}`;
        return `${where}: ${pathText(p.path) || 'the file'}: ${p.message}`;
      }),
    );
  }
  const { backup } = checked;
  let counts: Record<BackupTable, TableCount>;
  try {
    counts = await target.transaction(
      'rw',
      BACKUP_TABLES.map((t) => target.table(t)),
      async () => {
        const plan = planMerge(backup, await existingKeys(target));
        // Typed by the tables: a column added to db.ts without its schema in domain/backup.ts fails here.
        await target.banks.bulkAdd(plan.add.banks);
        await target.questions.bulkAdd(plan.add.questions);
        await target.attempts.bulkAdd(plan.add.attempts);
        await target.responses.bulkAdd(plan.add.responses);
        await target.settings.bulkAdd(plan.add.settings);
        await target.customFormats.bulkAdd(plan.add.customFormats);
        // A bank's counts are worked out from its questions, never trusted from the file.
        for (const bankId of plan.banksTouched) {
          const questions = await target.questions.where('bankId').equals(bankId).toArray();
          await target.banks.update(bankId, {
            questionCount: questions.length,
            supply: Object.fromEntries(supplyByArea(questions)),
          });
        }
        return { ...plan.counts };
      },
    );
  } catch (error) {
    return refuse([`${fileName}: ${storageProblem(error)}`]);
  }
  // Attempts whose time ran out elsewhere are finished now, as on opening the app.
  if (target === db) await finishExpiredAttempts(now);
  return { ok: true, counts };
}

/** Empties every table in one transaction; the sample banks come back the next time the app opens. */
export async function deleteAllData(target: SimulatorDb = db): Promise<void> {
  await target.transaction(
    'rw',
    BACKUP_TABLES.map((t) => target.table(t)),
    async () => {
      await Promise.all(BACKUP_TABLES.map((t) => target.table(t).clear()));
    },
  );
}

export interface StoredCounts {
  readonly banks: number;
  readonly questions: number;
  readonly attempts: number;
  readonly inProgress: number;
  readonly responses: number;
  readonly customFormats: number;
}

/** What this browser holds, counted by index (no row is read). */
export async function storedCounts(source: SimulatorDb = db): Promise<StoredCounts> {
  const [banks, questions, attempts, inProgress, responses, customFormats] = await Promise.all([
    source.banks.count(),
    source.questions.count(),
    source.attempts.count(),
    source.attempts.where('status').equals('in-progress').count(),
    source.responses.count(),
    source.customFormats.count(),
  ]);
  return { banks, questions, attempts, inProgress, responses, customFormats };
}

/** The counts, kept current as rows come and go (the sample banks arrive just after first start). */
export function useStoredCounts(): StoredCounts | undefined {
  return useLiveQuery(() => storedCounts(), []);
}
