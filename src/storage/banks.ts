import { supplyByArea } from '../domain/form';
import type { Question } from '../domain/questions';
import type { BankDraft } from '../importers/types';
import { type BankRow, db } from './db';

export interface NewBank {
  readonly id: string;
  readonly draft: BankDraft;
  readonly origin: BankRow['origin'];
  readonly fileName: string;
  readonly fileFormat: string;
  readonly importedAt: number;
}

/** Saves a bank and its questions in one transaction: all or nothing. */
export async function saveBank(bank: NewBank): Promise<void> {
  const row: BankRow = {
    id: bank.id,
    title: bank.draft.title,
    author: bank.draft.author,
    license: bank.draft.license,
    description: bank.draft.description,
    origin: bank.origin,
    fileName: bank.fileName,
    fileFormat: bank.fileFormat,
    importedAt: bank.importedAt,
    questionCount: bank.draft.questions.length,
    supply: Object.fromEntries(supplyByArea(bank.draft.questions)),
  };
  await db.transaction('rw', db.banks, db.questions, async () => {
    await db.questions.where('bankId').equals(bank.id).delete();
    await db.banks.put(row);
    await db.questions.bulkPut(bank.draft.questions.map((q) => ({ ...q, bankId: bank.id })));
  });
}

export function listBanks(): Promise<BankRow[]> {
  return db.banks.orderBy('importedAt').toArray();
}

export async function questionsOfBanks(bankIds: readonly string[]): Promise<Question[]> {
  if (bankIds.length === 0) return [];
  return db.questions
    .where('bankId')
    .anyOf([...bankIds])
    .toArray();
}

export async function renameBank(id: string, title: string): Promise<void> {
  await db.banks.update(id, { title });
}

/** Past attempts keep their frozen copies of the questions: only the bank goes. */
export async function deleteBank(id: string): Promise<void> {
  await db.transaction('rw', db.banks, db.questions, async () => {
    await db.questions.where('bankId').equals(id).delete();
    await db.banks.delete(id);
  });
}

/** How many saved attempts drew questions from a bank (they keep their own copies if it is deleted). */
export function countAttemptsUsingBank(id: string): Promise<number> {
  return db.attempts.filter((a) => a.bankIds.includes(id)).count();
}
