import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyEvent, startAttempt } from '../../../src/domain/attempt';
import { BACKUP_FORMAT, BACKUP_TABLES } from '../../../src/domain/backup';
import { assembleForm, supplyByArea } from '../../../src/domain/form';
import { questionKey } from '../../../src/domain/questions';
import { scoreAttempt } from '../../../src/domain/scoring';
import { MINUTE } from '../../../src/domain/time';
import { attemptRow } from '../../../src/storage/attempts';
import { deleteAllData, exportBackup, importBackup } from '../../../src/storage/backup';
import { type AttemptRow, type BankRow, SimulatorDb } from '../../../src/storage/db';
import { bankFor, builtIn, single } from '../../support/fixtures';

const T0 = Date.UTC(2026, 5, 1, 9);
const cpc = builtIn('cpc');
const questions = bankFor(cpc);

let home: SimulatorDb;
let away: SimulatorDb;

function bankRow(id = 'bank', count = questions.length): BankRow {
  return {
    id,
    title: 'Sample bank',
    author: 'Tester',
    license: 'CC0',
    description: '',
    origin: 'imported',
    fileName: 'bank.json',
    fileFormat: 'native',
    importedAt: T0,
    questionCount: count,
    supply: Object.fromEntries(supplyByArea(questions)),
  };
}

/** A finished CPC attempt with `right` answers correct, written the way the runner writes it. */
async function addFinishedAttempt(
  target: SimulatorDb,
  id: string,
  right: number,
  seed = 7,
): Promise<AttemptRow> {
  const assembled = assembleForm(cpc, questions, seed);
  if (!assembled.ok) throw new Error('fixture');
  let attempt = startAttempt({
    id,
    format: cpc,
    mode: 'exam',
    form: assembled.form,
    accommodation: 1,
    timeZone: 'UTC',
    now: T0,
  });
  assembled.form.items.slice(0, right).forEach((item, i) => {
    attempt = applyEvent(
      attempt,
      { type: 'answer', question: questionKey(item.question), answer: { type: 'single', choice: 'A' } },
      T0 + (i + 1) * 1000,
    );
  });
  attempt = applyEvent(attempt, { type: 'submit' }, T0 + 60 * MINUTE);
  const row = attemptRow(attempt, ['bank'], scoreAttempt(attempt));
  await target.attempts.add(row);
  await target.responses.bulkAdd(
    Object.entries(attempt.responses).map(([question, r]) => ({
      attemptId: id,
      question,
      answer: r.answer,
      answeredAt: r.answeredAt,
      flagged: r.flagged,
      struck: [...r.struck],
      note: r.note,
    })),
  );
  return row;
}

async function fillHome(): Promise<void> {
  await home.banks.add(bankRow());
  await home.questions.bulkAdd(questions);
  await addFinishedAttempt(home, 'first', 100);
  await addFinishedAttempt(home, 'second', 120, 9);
  await home.settings.add({ key: 'theme', value: { contrast: 'high' } });
  await home.customFormats.add({
    id: 'my-cpc',
    format: { ...cpc, id: 'my-cpc', origin: 'custom' },
    updatedAt: T0,
  });
}

async function backupText(source: SimulatorDb = home): Promise<string> {
  return (await exportBackup(new Date(T0), source)).blob.text();
}

async function snapshot(target: SimulatorDb): Promise<Record<string, unknown[]>> {
  const tables: Record<string, unknown[]> = {};
  for (const t of BACKUP_TABLES) tables[t] = await target.table(t).toArray();
  return tables;
}

beforeEach(async () => {
  home = new SimulatorDb('home');
  away = new SimulatorDb('away');
  await Promise.all([home.delete(), away.delete()]);
  await Promise.all([home.open(), away.open()]);
});

afterEach(() => {
  home.close();
  away.close();
});

describe('exporting a backup', () => {
  it('writes every table with the format marker, schema version and export date, one row per line', async () => {
    await fillHome();
    const backup = await exportBackup(new Date(T0), home);
    expect(backup.fileName).toMatch(/^coding-exam-simulator-backup-\d{4}-\d\d-\d\d\.json$/);
    expect(backup.counts).toEqual({
      banks: 1,
      questions: questions.length,
      attempts: 2,
      responses: 220,
      settings: 1,
      customFormats: 1,
    });
    const text = await backup.blob.text();
    const parsed = JSON.parse(text);
    expect(parsed).toMatchObject({
      format: BACKUP_FORMAT,
      schemaVersion: 1,
      exportedAt: '2026-06-01T09:00:00.000Z',
    });
    expect(text.split('\n').length).toBeGreaterThan(questions.length + 222);
  });
});

describe('importing a backup', () => {
  it('reproduces every row of every table in another browser', async () => {
    await fillHome();
    const result = await importBackup('backup.json', await backupText(), T0, away);
    expect(result).toEqual({
      ok: true,
      counts: {
        banks: { added: 1, existing: 0 },
        questions: { added: questions.length, existing: 0 },
        attempts: { added: 2, existing: 0 },
        responses: { added: 220, existing: 0 },
        settings: { added: 1, existing: 0 },
        customFormats: { added: 1, existing: 0 },
      },
    });
    expect(await snapshot(away)).toEqual(await snapshot(home));
    expect((await away.attempts.get('second'))?.score?.earned).toBe(
      (await home.attempts.get('second'))?.score?.earned,
    );
  });

  it('importing the same backup twice adds nothing the second time', async () => {
    await fillHome();
    const text = await backupText();
    await importBackup('backup.json', text, T0, away);
    const before = await snapshot(away);
    const again = await importBackup('backup.json', text, T0, away);
    expect(again.ok && Object.values(again.counts).every((c) => c.added === 0)).toBe(true);
    expect(again.ok && again.counts.responses).toEqual({ added: 0, existing: 220 });
    expect(await snapshot(away)).toEqual(before);
  });

  it('keeps an attempt already here as it is, with its own answers, and adds the ones it lacks', async () => {
    await fillHome();
    await away.banks.add(bankRow());
    await away.questions.bulkAdd(questions);
    const mine = await addFinishedAttempt(away, 'first', 3);
    await away.settings.add({ key: 'theme', value: 'mine' });
    const result = await importBackup('backup.json', await backupText(), T0, away);
    expect(result.ok && result.counts.attempts).toEqual({ added: 1, existing: 1 });
    expect(result.ok && result.counts.responses).toEqual({ added: 120, existing: 100 });
    expect(result.ok && result.counts.settings).toEqual({ added: 0, existing: 1 });
    expect(await away.attempts.get('first')).toEqual(mine);
    expect(await away.responses.where('attemptId').equals('first').count()).toBe(3);
    expect(await away.settings.get('theme')).toEqual({ key: 'theme', value: 'mine' });
    expect(await away.attempts.count()).toBe(2);
  });

  it('adds the questions a bank here lacks and works its counts out again', async () => {
    await fillHome();
    await home.questions.add(single('extra', 'anatomy'));
    await away.banks.add(bankRow('bank', questions.length));
    await away.questions.bulkAdd(questions);
    const result = await importBackup('backup.json', await backupText(), T0, away);
    expect(result.ok && result.counts.questions).toEqual({ added: 1, existing: questions.length });
    expect(result.ok && result.counts.banks).toEqual({ added: 0, existing: 1 });
    const bank = await away.banks.get('bank');
    expect(bank?.questionCount).toBe(questions.length + 1);
    expect(bank?.supply['choice|anatomy']).toBe((bankRow().supply['choice|anatomy'] ?? 0) + 1);
  });
});

describe('a backup that cannot be imported is refused and changes nothing', () => {
  async function refusal(text: string): Promise<readonly string[]> {
    await away.settings.add({ key: 'kept', value: 1 });
    const before = await snapshot(away);
    const result = await importBackup('backup.json', text, T0, away);
    expect(await snapshot(away)).toEqual(before);
    if (result.ok) throw new Error('the backup was accepted');
    return result.problems;
  }

  it('a file cut off in the middle: the JSON error and its line', async () => {
    await fillHome();
    const text = await backupText();
    const cut = text.slice(0, Math.floor(text.length / 2));
    const problems = await refusal(cut);
    const line = cut.split('\n').length;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^backup\\.json:${line}: .*not valid JSON.*Nothing was imported`));
  });

  it('a wrong status: names the row, the field, the allowed values and the line', async () => {
    await fillHome();
    const text = (await backupText()).replace('"status":"submitted"', '"status":"done"');
    const line = text.split('\n').findIndex((l) => l.includes('"status":"done"')) + 1;
    expect(await refusal(text)).toEqual([
      `backup.json:${line}: attempts[0].status: must be in-progress, submitted or expired`,
    ]);
  });

  it('rows of every table are checked: a question, a response and a missing field', async () => {
    await fillHome();
    const backup = JSON.parse(await backupText());
    backup.questions[2].type = 'essay';
    backup.responses[5].flagged = 'yes';
    delete backup.banks[0].title;
    const problems = await refusal(JSON.stringify(backup, null, 2));
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/:\d+: banks\[0\]\.title: is missing$/),
        expect.stringMatching(/:\d+: questions\[2\]\.type: must be single, multiple, short or case$/),
        expect.stringMatching(/:\d+: responses\[5\]\.flagged: must be true or false$/),
      ]),
    );
  });

  it('answers of an attempt that is not in the file, and an id used twice', async () => {
    await fillHome();
    const backup = JSON.parse(await backupText());
    backup.responses[0].attemptId = 'nowhere';
    backup.attempts[1].id = backup.attempts[0].id;
    const problems = await refusal(JSON.stringify(backup));
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('attempts[1]: repeats the id of attempts[0]'),
        expect.stringContaining('responses[0].attemptId: names attempt "nowhere", which is not in attempts'),
      ]),
    );
  });

  it('a question bank file is not a backup, and says where banks go', async () => {
    const bank = JSON.stringify({ format: 'coding-exam-bank', version: 1, title: 'x', questions: [] });
    expect(await refusal(bank)).toEqual([
      expect.stringMatching(/format: must be "coding-exam-simulator-backup".*Question banks page/),
    ]);
  });

  it('a backup from a newer version of the app asks for an update', async () => {
    const newer = JSON.stringify({ format: BACKUP_FORMAT, schemaVersion: 2, exportedAt: '' });
    expect(await refusal(newer)).toEqual([
      expect.stringContaining('schemaVersion: is 2, but this app reads backups up to version 1'),
    ]);
  });

  it('storage running out half way undoes the rows already added', async () => {
    await fillHome();
    vi.spyOn(away.customFormats, 'bulkAdd').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
    expect(await refusal(await backupText())).toEqual([
      expect.stringContaining('no room left to store this backup: nothing was imported'),
    ]);
  });
});

describe('deleting all data', () => {
  it('empties every table', async () => {
    await fillHome();
    await deleteAllData(home);
    for (const rows of Object.values(await snapshot(home))) expect(rows).toEqual([]);
  });
});
