import Papa from 'papaparse';
import type { Question, TextFormat } from '../domain/questions';
import { areaFromLabel, choicesFrom, MAX_CHOICES, safeId, uniqueIds } from './build';
import { fileExtension, normaliseText } from './text';
import type { Importer, ImportInput, ImportProblem, ImportResult } from './types';

/**
 * Two spreadsheet layouts, told apart by the header row: the simulator's own
 * (`id,area,type,stem,A..F,key,rationale,references,tags`) and the one Moodle's CSV question
 * format plugin reads (`questionname,questiontext,A,B,C,D,Answer 1,Answer 2`).
 */
type Layout = 'simulator' | 'moodle';

const LETTERS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'] as const;
const SIMULATOR_HEADER = 'id,area,type,stem,A,B,C,D,E,F,key,rationale,references,tags';
const MOODLE_HEADER = 'questionname,questiontext,A,B,C,D,Answer 1,Answer 2';
const KNOWN: Record<Layout, readonly string[]> = {
  simulator: ['id', 'area', 'type', 'stem', ...LETTERS, 'key', 'rationale', 'references', 'tags'],
  moodle: ['questionname', 'questiontext', 'a', 'b', 'c', 'd', 'answer1', 'answer2'],
};
const REQUIRED: Record<Layout, readonly string[]> = {
  simulator: ['stem', 'key'],
  moodle: ['questiontext', 'a', 'b', 'answer1'],
};
const EXPECTED = `expected the simulator's header "${SIMULATOR_HEADER}" or Moodle's CSV header "${MOODLE_HEADER}"`;
const DELIMITERS = [',', ';', '\t', '|'] as const;
const DELIMITER_NAMES: Record<string, string> = {
  ',': 'a comma',
  ';': 'a semicolon',
  '\t': 'a tab',
  '|': '"|"',
};

const MAX_TEXT = 20_000;
const MAX_CHOICE = 5_000;

// Tags an author would write on purpose; a bare `<` in "value < 5" or `<E11.9>` must stay plain text.
const HTML_TAG =
  /<\/?(?:p|br|b|i|u|em|strong|sub|sup|img|a|ul|ol|li|table|thead|tbody|tr|td|th|div|span|h[1-6]|pre|code|hr|blockquote|font|small|s|strike|script|style|iframe|object|embed|svg|video|audio|center)\b[^<>]*>|<!--/i;

function textFormatOf(texts: readonly string[]): TextFormat {
  return texts.some((t) => HTML_TAG.test(t)) ? 'html' : 'plain';
}

const headerKey = (cell: string) => cell.toLowerCase().replace(/\s+/g, '');

function splitFirstRow(line: string, delimiter: string): string[] {
  return Papa.parse<string[]>(line, { delimiter, newline: '\n', preview: 1 }).data[0] ?? [];
}

/** The delimiter that splits the header row into the most known column names (commas win ties). */
function pickDelimiter(
  headerLine: string,
  sep: string | null,
): { delimiter: string; known: number; layout: Layout | null } {
  let best: { delimiter: string; known: number; layout: Layout | null } = {
    delimiter: ',',
    known: 0,
    layout: null,
  };
  for (const delimiter of sep === null ? DELIMITERS : [sep]) {
    const keys = splitFirstRow(headerLine, delimiter).map(headerKey);
    const layout = keys.includes('questiontext') ? 'moodle' : keys.includes('stem') ? 'simulator' : null;
    const known = keys.filter((k) => KNOWN.simulator.includes(k) || KNOWN.moodle.includes(k)).length;
    if (known > best.known) best = { delimiter, known, layout };
  }
  return best;
}

/** The first line with content, with its 1-based number; Excel's `sep=;` hint line is read and skipped. */
function headerLineOf(text: string): { line: number; content: string; sep: string | null } | null {
  let line = 1;
  let start = 0;
  let sep: string | null = null;
  while (start <= text.length) {
    const end = text.indexOf('\n', start);
    const content = text.slice(start, end < 0 ? text.length : end);
    const hint = /^sep=(.)$/i.exec(content.trim());
    if (hint?.[1] && sep === null) sep = hint[1];
    else if (content.trim() !== '') return { line, content, sep };
    if (end < 0) return null;
    start = end + 1;
    line++;
  }
  return null;
}

interface Header {
  readonly layout: Layout;
  /** Column index of each known name (as a header key, e.g. `answer1`). */
  readonly at: ReadonlyMap<string, number>;
  /** Each column's header as the file writes it; '' where the header cell is empty. */
  readonly names: readonly string[];
}

function readHeader(
  cells: readonly string[],
  layout: Layout,
  report: (field: string | null, m: string) => void,
) {
  const at = new Map<string, number>();
  const names = cells.map((c) => c.trim());
  names.forEach((name, i) => {
    const key = headerKey(name);
    if (key === '') return;
    if (!KNOWN[layout].includes(key))
      report(name, `column "${name}" is not one this layout has; ${EXPECTED}`);
    else if (at.has(key)) report(name, `column "${name}" appears twice`);
    else at.set(key, i);
  });
  const missing = REQUIRED[layout].filter((k) => !at.has(k));
  for (const k of missing) report(null, `the header has no "${k === 'answer1' ? 'Answer 1' : k}" column`);
  const gap = LETTERS.filter((l) => at.has(l)).find((l, i) => LETTERS[i] !== l);
  if (gap) {
    const before = LETTERS[LETTERS.indexOf(gap) - 1] ?? 'a';
    report(
      gap.toUpperCase(),
      `choice column ${gap.toUpperCase()} comes without column ${before.toUpperCase()}`,
    );
  }
  const header: Header = { layout, at, names };
  return missing.length === 0 && !gap ? header : null;
}

type Report = (field: string | null, message: string) => void;

/** A row's cells by header key, trimmed; '' for a column the file does not have. */
function rowReader(header: Header, cells: readonly string[]) {
  return (key: string) => {
    const i = header.at.get(key);
    return i === undefined ? '' : (cells[i] ?? '').trim();
  };
}

function fieldOf(header: Header, key: string): string {
  const i = header.at.get(key);
  return (i === undefined ? undefined : header.names[i]) ?? (key.length === 1 ? key.toUpperCase() : key);
}

/** Filled choices A, B, ... with no gaps, or the problems that stop them being read. */
function readChoices(header: Header, get: (k: string) => string, report: Report): string[] {
  const texts = LETTERS.slice(0, MAX_CHOICES).map(get);
  const last = texts.reduce((n, t, i) => (t !== '' ? i + 1 : n), 0);
  const choices = texts.slice(0, last);
  const seen = new Map<string, string>();
  choices.forEach((t, i) => {
    const letter = LETTERS[i] ?? 'a';
    const name = fieldOf(header, letter);
    const next = (LETTERS[last - 1] ?? 'a').toUpperCase();
    if (t === '')
      report(name, `choice ${name} is empty but ${next} is filled: fill the choices in order from A`);
    else if (t.length > MAX_CHOICE) report(name, `choice ${name} is longer than 5,000 characters`);
    const same = seen.get(t.toLowerCase());
    if (t !== '' && same) report(name, `choice ${name} repeats choice ${same}`);
    seen.set(t.toLowerCase(), name);
  });
  return choices;
}

/** Key letters, each with the column it came from, checked against the filled choices. */
function readKeys(raws: readonly [string, string][], count: number, report: Report): string[] {
  const keys: string[] = [];
  const range =
    count === 0 ? 'no choices are filled' : `only A-${String.fromCharCode(64 + count)} are filled`;
  for (const [raw, field] of raws) {
    const letter = raw.toUpperCase();
    if (!/^[A-H]$/.test(letter)) report(field, `key "${raw}" is not a choice letter from A to H`);
    else if (letter.charCodeAt(0) - 65 >= count) report(field, `key "${raw}" names no choice: ${range}`);
    else if (!keys.includes(letter)) keys.push(letter);
  }
  return keys;
}

const listOf = (cell: string) =>
  cell
    .split('|')
    .map((s) => s.trim())
    .filter((s) => s !== '');

function readRow(header: Header, cells: readonly string[], n: number, bankId: string, report: Report) {
  const get = rowReader(header, cells);
  const moodle = header.layout === 'moodle';
  const stemKey = moodle ? 'questiontext' : 'stem';
  const stem = get(stemKey);
  if (stem === '') report(fieldOf(header, stemKey), 'the question text is empty');
  else if (stem.length > MAX_TEXT)
    report(fieldOf(header, stemKey), 'the question text is longer than 20,000 characters');
  const rawType = get('type');
  const type = moodle ? 'single' : rawType.toLowerCase() || 'single';
  if (type === 'case') {
    report(
      fieldOf(header, 'type'),
      'case questions cannot be imported from CSV: save them in the native JSON bank format',
    );
    return null;
  }
  if (type !== 'single' && type !== 'multiple' && type !== 'short') {
    report(
      fieldOf(header, 'type'),
      `type "${rawType}" is not a question type the simulator can run: use single, multiple or short`,
    );
    return null;
  }
  const choices = readChoices(header, get, report);
  const keyField = fieldOf(header, moodle ? 'answer1' : 'key');
  const rawKey = get(moodle ? 'answer1' : 'key');
  const rationale = get('rationale');
  const base = {
    id: safeId(get(moodle ? 'questionname' : 'id'), `q${n}`),
    bankId,
    area: areaFromLabel(get('area')),
    stem,
    textFormat: textFormatOf([stem, ...choices, rationale]),
    rationale,
    references: listOf(get('references')),
    tags: listOf(get('tags')),
  };
  if (rationale.length > MAX_TEXT)
    report(fieldOf(header, 'rationale'), 'the rationale is longer than 20,000 characters');
  if (base.references.length > 20 || base.references.some((r) => r.length > 500))
    report(fieldOf(header, 'references'), 'allows at most 20 references of up to 500 characters each');
  if (base.tags.length > 20 || base.tags.some((t) => t.length > 60))
    report(fieldOf(header, 'tags'), 'allows at most 20 tags of up to 60 characters each');
  if (rawKey === '')
    report(
      keyField,
      type === 'short'
        ? 'is empty: give the accepted answers separated by "|"'
        : 'is empty: give the letter of the correct choice',
    );

  if (type === 'short') {
    if (choices.length > 0)
      report(fieldOf(header, 'a'), 'a short-answer question has no choices, but column A is filled');
    const accepted = listOf(rawKey).map((text) => ({ kind: 'text' as const, text }));
    return { ...base, type: 'short', accepted, caseSensitive: false } satisfies Question;
  }
  if (choices.length < 2)
    report(
      fieldOf(header, LETTERS[choices.length] ?? 'a'),
      `a choice question needs at least 2 choices, found ${choices.length}`,
    );
  // Moodle's layout has one letter per column; ours lists letters in one cell.
  const raws = (
    moodle
      ? [rawKey, get('answer2')].map((k, i): [string, string] => [k, fieldOf(header, `answer${i + 1}`)])
      : rawKey.split(/[|,\s]+/).map((k): [string, string] => [k, keyField])
  ).filter(([k]) => k !== '');
  if (type === 'single' && !moodle && raws.length > 1)
    report(
      keyField,
      `key "${rawKey}" names ${raws.length} choices: a single question has one; set type to multiple for more`,
    );
  const keys = readKeys(raws, choices.length, report);
  const key = keys[0];
  if (key === undefined) return null;
  const choiceList = choicesFrom(choices);
  if (type === 'multiple' || keys.length > 1)
    return { ...base, type: 'multiple', choices: choiceList, keys } satisfies Question;
  return { ...base, type: 'single', choices: choiceList, key } satisfies Question;
}

export function parseCsv({ fileName, text: raw, bankId }: ImportInput): ImportResult {
  const text = normaliseText(raw);
  const problems: ImportProblem[] = [];
  const fail = (): ImportResult => ({ ok: false, format: 'csv', problems });
  const first = headerLineOf(text);
  if (!first)
    return {
      ok: false,
      format: 'csv',
      problems: [{ file: fileName, line: null, field: null, message: 'the file is empty' }],
    };
  const { delimiter, layout } = pickDelimiter(first.content, first.sep);
  if (layout === null) {
    problems.push({
      file: fileName,
      line: first.line,
      field: null,
      message: `the first row is not a header this simulator reads: ${EXPECTED}`,
    });
    return fail();
  }
  let header: Header | null = null;
  const questions: Question[] = [];
  let line = 1;
  let scanned = 0;
  let rowStart = 0;
  let rows = 0;
  const lineOf = (offset: number) => {
    for (; scanned < offset; scanned++) if (text.charCodeAt(scanned) === 10) line++;
    return line;
  };
  Papa.parse<string[]>(text, {
    delimiter,
    newline: '\n',
    skipEmptyLines: false,
    step: (result, parser) => {
      const start = rowStart;
      rowStart = result.meta.cursor;
      const at = lineOf(start);
      const report: Report = (field, message) => problems.push({ file: fileName, line: at, field, message });
      const cells = result.data;
      if (at < first.line || cells.every((c) => c.trim() === '')) return;
      const quote = result.errors.find((e) => e.type === 'Quotes');
      if (quote) {
        // The rest of a row after a broken quote is guesswork, so only the quote is reported.
        const upTo = Math.min(quote.index ?? start, rowStart);
        problems.push({
          file: fileName,
          line: at + text.slice(start, upTo).split('\n').length - 1,
          field: null,
          message:
            quote.code === 'MissingQuotes'
              ? 'a quoted field opened here is never closed with a double quote'
              : 'a quoted field has text after its closing quote; write a quote inside a quoted field as two ("")',
        });
        if (header === null) parser.abort();
        return;
      }
      if (header === null) {
        header = readHeader(cells, layout, report);
        if (header === null) parser.abort();
        return;
      }
      const stray = cells.findIndex((c, i) => c.trim() !== '' && (header?.names[i] ?? '') === '');
      if (stray >= 0)
        report(
          null,
          `this row has a value in column ${stray + 1}, which has no header; text containing ${DELIMITER_NAMES[delimiter] ?? delimiter} must be in double quotes`,
        );
      rows++;
      const before = problems.length;
      const question = readRow(header, cells, rows, bankId, report);
      if (question && problems.length === before) questions.push(question);
    },
  });
  if (problems.length === 0 && rows === 0)
    problems.push({
      file: fileName,
      line: first.line,
      field: null,
      message: 'the file has a header but no questions',
    });
  if (problems.length > 0) return fail();
  const title =
    fileName
      .split(/[\\/]/)
      .pop()
      ?.replace(/\.[^.]*$/, '') || 'Imported bank';
  return {
    ok: true,
    format: 'csv',
    bank: { title, author: '', license: '', description: '', questions: uniqueIds(questions) },
  };
}

export const csvImporter: Importer = {
  format: 'csv',
  label: 'Spreadsheet (CSV)',
  extensions: ['csv', 'tsv', 'txt'],
  detect: (fileName, text) => {
    const first = headerLineOf(normaliseText(text.slice(0, 4096)));
    if (first && pickDelimiter(first.content, first.sep).layout !== null) return 0.95;
    const ext = fileExtension(fileName);
    return ext === 'csv' || ext === 'tsv' ? 0.5 : ext === 'txt' ? 0.1 : 0;
  },
  parse: parseCsv,
};
