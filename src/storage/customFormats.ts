import type { ExamFormat } from '../domain/formats';
import { db } from './db';

export async function saveCustomFormat(format: ExamFormat, now: number): Promise<void> {
  await db.customFormats.put({ id: format.id, format, updatedAt: now });
}

/** Attempts keep their own copy of the format, so deleting it changes no result. */
export async function deleteCustomFormat(id: string): Promise<void> {
  await db.customFormats.delete(id);
}
