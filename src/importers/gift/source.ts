/**
 * The lexical layer of GIFT: blank-line separated blocks, `//` comment lines, and backslash escapes.
 *
 * Escapes are resolved once, up front, into a `Source` that remembers which characters were escaped
 * (an escaped `~` is text, never a marker) and the file line of every character, so every later step
 * can both find the grammar's markers and say where they are.
 */

/** A non-blank, non-comment line of a block, trimmed as Moodle trims it. */
export interface SourceLine {
  readonly number: number;
  readonly text: string;
}

/** One question (or `$CATEGORY:`) of the file: the lines between blank lines. */
export interface Block {
  readonly lines: readonly SourceLine[];
  /** The block's `//` comment lines, without the slashes: Moodle reads `[tag:...]` and `[id:...]` there. */
  readonly comments: readonly string[];
}

/** Splits normalised text into blocks. A comment line neither separates blocks nor joins their text. */
export function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let lines: SourceLine[] = [];
  let comments: string[] = [];
  const flush = () => {
    if (lines.length > 0) blocks.push({ lines, comments });
    lines = [];
    comments = [];
  };
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') flush();
    else if (line.startsWith('//')) comments.push(line.slice(2).trim());
    else lines.push({ number: i + 1, text: line });
  });
  flush();
  return blocks;
}

/** The characters Moodle lets a backslash escape, and what each stands for. */
const ESCAPES: ReadonlyMap<string, string> = new Map([
  ['~', '~'],
  ['=', '='],
  ['#', '#'],
  ['{', '{'],
  ['}', '}'],
  [':', ':'],
  ['\\', '\\'],
  ['n', '\n'],
]);

export interface Source {
  readonly chars: string;
  /** 1 where the character was written escaped. */
  readonly escaped: Uint8Array;
  /** The file line of each character. */
  readonly lines: Uint32Array;
}

/** Joins a block's lines with newlines and resolves escapes; any other backslash stays as written. */
export function sourceOf(lines: readonly SourceLine[]): Source {
  const total = lines.reduce((n, l) => n + l.text.length + 1, 0);
  const escaped = new Uint8Array(total);
  const at = new Uint32Array(total);
  const parts: string[] = [];
  let n = 0;
  const copy = (text: string, line: number) => {
    parts.push(text);
    at.fill(line, n, n + text.length);
    n += text.length;
  };
  lines.forEach((line, index) => {
    if (index > 0) copy('\n', line.number);
    const t = line.text;
    let from = 0;
    for (let i = t.indexOf('\\'); i >= 0; i = t.indexOf('\\', i + 1)) {
      const resolved = ESCAPES.get(t.charAt(i + 1));
      if (resolved === undefined) continue;
      copy(t.slice(from, i), line.number);
      escaped[n] = 1;
      copy(resolved, line.number);
      from = i + 2;
      i++;
    }
    copy(t.slice(from), line.number);
  });
  return { chars: parts.join(''), escaped: escaped.subarray(0, n), lines: at.subarray(0, n) };
}

/** A stretch of a Source. Indexes given to and returned by its methods are relative to the span. */
export class Span {
  constructor(
    readonly src: Source,
    readonly start: number,
    readonly end: number,
  ) {}

  static of(src: Source): Span {
    return new Span(src, 0, src.chars.length);
  }

  get length(): number {
    return this.end - this.start;
  }

  get text(): string {
    return this.src.chars.slice(this.start, this.end);
  }

  /** The file line of a character of the span (of its nearest neighbour when the span is empty). */
  lineAt(i: number): number {
    const last = this.src.lines.length - 1;
    const at = Math.max(0, Math.min(this.start + i, last));
    return this.src.lines[at] ?? 1;
  }

  get line(): number {
    return this.lineAt(0);
  }

  slice(from: number, to: number = this.length): Span {
    const a = Math.max(0, Math.min(from, this.length));
    const b = Math.max(a, Math.min(to, this.length));
    return new Span(this.src, this.start + a, this.start + b);
  }

  /** Whether `token` is written at `i` as grammar, with none of its characters escaped. */
  markerAt(i: number, token: string): boolean {
    if (token === '' || i < 0 || i + token.length > this.length) return false;
    if (!this.src.chars.startsWith(token, this.start + i)) return false;
    for (let k = 0; k < token.length; k++) if (this.src.escaped[this.start + i + k] === 1) return false;
    return true;
  }

  /** The first unescaped `token` at or after `from`, or -1. Scans only the span, never the rest of the block. */
  indexOf(token: string, from = 0): number {
    if (token === '') return -1;
    const first = token.charCodeAt(0);
    for (let i = Math.max(0, from); i + token.length <= this.length; i++)
      if (this.src.chars.charCodeAt(this.start + i) === first && this.markerAt(i, token)) return i;
    return -1;
  }

  /** The last unescaped `token`, or -1. */
  lastIndexOf(token: string): number {
    if (token === '') return -1;
    const first = token.charCodeAt(0);
    for (let i = this.length - token.length; i >= 0; i--)
      if (this.src.chars.charCodeAt(this.start + i) === first && this.markerAt(i, token)) return i;
    return -1;
  }

  startsWith(token: string): boolean {
    return this.markerAt(0, token);
  }

  trim(): Span {
    let a = 0;
    let b = this.length;
    const ws = (i: number) => /\s/.test(this.src.chars.charAt(this.start + i));
    while (a < b && ws(a)) a++;
    while (b > a && ws(b - 1)) b--;
    return this.slice(a, b);
  }

  /**
   * Cuts the span before every unescaped marker character, each piece keeping its marker. The text
   * before the first marker, if any, is the first piece.
   */
  splitBefore(markers: string): Span[] {
    const pieces: Span[] = [];
    let from = 0;
    for (let i = 0; i < this.length; i++) {
      const c = this.src.chars.charAt(this.start + i);
      if (i > from && markers.includes(c) && this.markerAt(i, c)) {
        pieces.push(this.slice(from, i));
        from = i;
      }
    }
    pieces.push(this.slice(from));
    return pieces;
  }
}
