import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_PATH, schemaText } from '../../../scripts/build-schema';

describe('public/schemas/bank-v1.schema.json', () => {
  it('is what scripts/build-schema.ts generates from the zod schema (run it after changing native.ts)', () => {
    expect(readFileSync(SCHEMA_PATH, 'utf8')).toBe(schemaText());
  });

  it('describes every question type and the fields a bank must have', () => {
    const schema = JSON.parse(schemaText());
    expect(schema.required).toEqual(['format', 'version', 'title', 'questions']);
    const types = schema.properties.questions.items.oneOf.map(
      (q: { properties: { type: { const: string } } }) => q.properties.type.const,
    );
    expect(types).toEqual(['single', 'multiple', 'short', 'case']);
  });
});
