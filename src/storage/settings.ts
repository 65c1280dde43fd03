import { db } from './db';

export async function readSetting<T>(
  key: string,
  guard: (value: unknown) => value is T,
): Promise<T | undefined> {
  const row = await db.settings.get(key);
  return row && guard(row.value) ? row.value : undefined;
}

export async function writeSetting(key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}
