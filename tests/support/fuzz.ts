import fc from 'fast-check';

// Inputs for fuzzing importers, shared so every format is fuzzed the same way.

/** Lines of a file as the importers count them: after a BOM and CRLF / lone CR are normalised. */
export function lineCount(text: string): number {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n').length;
}

/** Any code point but lone surrogates; fast-check's own binary strings take seconds to warm up here. */
export const anyText = fc
  .array(fc.integer({ min: 0, max: 0x10ffff }), { maxLength: 200 })
  .map((cs) => String.fromCodePoint(...cs.filter((c) => c < 0xd800 || c > 0xdfff)));

export interface Edit {
  op: string;
  at: number;
  char: string;
}

/** One small edit of a file: a character deleted, inserted (from `tricky`) or doubled, a line dropped or copied. */
export function editOf(tricky: fc.Arbitrary<string>): fc.Arbitrary<Edit> {
  return fc.record({
    op: fc.constantFrom('delete', 'insert', 'duplicate', 'drop-line', 'copy-line'),
    at: fc.nat(),
    char: tricky,
  });
}

export function applyEdits(text: string, edits: readonly Edit[]): string {
  return edits.reduce((t, { op, at, char }) => {
    const i = t.length === 0 ? 0 : at % t.length;
    const lines = t.split('\n');
    const l = at % lines.length;
    if (op === 'delete') return t.slice(0, i) + t.slice(i + 1);
    if (op === 'insert') return t.slice(0, i) + char + t.slice(i);
    if (op === 'duplicate') return t.slice(0, i) + t.slice(i, i + 1) + t.slice(i);
    if (op === 'drop-line') return lines.filter((_, j) => j !== l).join('\n');
    return [...lines.slice(0, l + 1), ...lines.slice(l)].join('\n');
  }, text);
}

/** A valid file after one to four coarser edits: runs deleted or doubled, binary inserted, lines dropped or doubled. */
export function mutationsOf(sample: string): fc.Arbitrary<string> {
  const op = fc.tuple(
    fc.constantFrom('delete', 'insert', 'duplicate', 'deleteLine', 'duplicateLine'),
    fc.nat(),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 4 }),
  );
  return fc.array(op, { minLength: 1, maxLength: 4 }).map((ops) =>
    ops.reduce((text, [kind, at, insert]) => {
      const i = at % (text.length + 1);
      if (kind === 'delete') return text.slice(0, i) + text.slice(i + 1 + (at % 7));
      if (kind === 'insert') return text.slice(0, i) + insert + text.slice(i);
      if (kind === 'duplicate') return text.slice(0, i) + text.slice(i, i + 1 + (at % 12)) + text.slice(i);
      const lines = text.split('\n');
      const l = at % lines.length;
      if (kind === 'deleteLine') lines.splice(l, 1);
      else lines.splice(l, 0, lines[l] ?? '');
      return lines.join('\n');
    }, sample),
  );
}
