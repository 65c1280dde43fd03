/**
 * Writes public/schemas/bank-v1.schema.json from the native importer's zod schemas, so editors can
 * check a bank while it is written. `--check` only compares, and exits 1 when the file is stale.
 *
 *   npx tsx scripts/build-schema.ts [--check]
 */
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { nativeBankSchema, nativeQuestionSchema } from '../src/importers/native';

// Under a test runner the module URL may not be a file: the repository root is then the working directory.
const here = import.meta.url.startsWith('file:')
  ? dirname(fileURLToPath(import.meta.url))
  : resolve('scripts');
export const SCHEMA_PATH = resolve(here, '../public/schemas/bank-v1.schema.json');

/** The schema as the file holds it: generated, never edited by hand. */
export function schemaText(): string {
  // The importer checks questions one by one (to report each); the file describes the whole bank.
  const bank = nativeBankSchema.extend({
    questions: z.array(nativeQuestionSchema).min(1, 'needs at least one question'),
  });
  const generated = z.toJSONSchema(bank, { io: 'input', target: 'draft-2020-12' });
  const schema = {
    $schema: generated.$schema,
    title: 'Coding Exam Simulator question bank, version 1',
    description:
      'A native question bank (format "coding-exam-bank", version 1). Generated from src/importers/native.ts by scripts/build-schema.ts; see question-banks/README.md.',
    ...generated,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const text = schemaText();
  if (process.argv.includes('--check')) {
    const current = await readFile(SCHEMA_PATH, 'utf8').catch(() => '');
    if (current !== text) {
      process.stderr.write(`${SCHEMA_PATH} is out of date: run npx tsx scripts/build-schema.ts\n`);
      process.exitCode = 1;
    }
  } else {
    await writeFile(SCHEMA_PATH, text, 'utf8');
    process.stdout.write(`Wrote ${SCHEMA_PATH}\n`);
  }
}
