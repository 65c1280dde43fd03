/**
 * A JSON reader that remembers the line each value starts on, so a problem found later by the
 * schema can be reported as `bank.json:42`. Strict JSON (RFC 8259); input is already normalised.
 */
export type JsonPath = readonly (string | number)[];

export type JsonRead =
  | { readonly ok: true; readonly value: unknown; readonly lineOf: (path: JsonPath) => number | null }
  | { readonly ok: false; readonly line: number; readonly message: string };

class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

const MAX_DEPTH = 64;

export function readJson(text: string): JsonRead {
  const lines = new Map<string, number>();
  let pos = 0;
  let line = 1;

  const fail = (message: string): never => {
    throw new JsonSyntaxError(message, line);
  };
  const skipSpace = () => {
    for (;;) {
      const c = text[pos];
      if (c === '\n') line++;
      else if (c !== ' ' && c !== '\t' && c !== '\r') return;
      pos++;
    }
  };
  const expect = (char: string) => {
    skipSpace();
    if (text[pos] !== char)
      fail(
        text[pos] === undefined
          ? `expected "${char}" but the file ended`
          : `expected "${char}" but found "${text[pos]}"`,
      );
    pos++;
  };

  const readString = (): string => {
    const start = pos;
    pos++;
    let out = '';
    for (;;) {
      const c = text[pos];
      if (c === undefined || c === '\n') {
        pos = start;
        return fail('a text value is not closed with a double quote on the same line');
      }
      if (c === '"') {
        pos++;
        return out;
      }
      if (c === '\\') {
        const e = text[pos + 1];
        const simple: Record<string, string> = {
          '"': '"',
          '\\': '\\',
          '/': '/',
          b: '\b',
          f: '\f',
          n: '\n',
          r: '\r',
          t: '\t',
        };
        if (e === 'u') {
          const hex = text.slice(pos + 2, pos + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('a \\u escape needs four hexadecimal digits');
          out += String.fromCharCode(Number.parseInt(hex, 16));
          pos += 6;
        } else if (e !== undefined && simple[e] !== undefined) {
          out += simple[e];
          pos += 2;
        } else {
          fail(`"\\${e ?? ''}" is not a valid escape in a text value`);
        }
        continue;
      }
      if (c < ' ') fail('a control character must be escaped inside a text value');
      out += c;
      pos++;
    }
  };

  const readValue = (path: (string | number)[]): unknown => {
    if (path.length > MAX_DEPTH) fail(`values are nested more than ${MAX_DEPTH} levels deep`);
    skipSpace();
    lines.set(JSON.stringify(path), line);
    const c = text[pos];
    if (c === '{') {
      pos++;
      const obj: Record<string, unknown> = {};
      skipSpace();
      if (text[pos] === '}') {
        pos++;
        return obj;
      }
      for (;;) {
        skipSpace();
        if (text[pos] !== '"') fail('expected a field name in double quotes');
        const key = readString();
        expect(':');
        obj[key] = readValue([...path, key]);
        skipSpace();
        if (text[pos] === ',') {
          pos++;
          continue;
        }
        if (text[pos] === '}') {
          pos++;
          return obj;
        }
        fail(
          text[pos] === undefined
            ? 'an object is never closed with "}"'
            : `expected "," or "}" but found "${text[pos]}"`,
        );
      }
    }
    if (c === '[') {
      pos++;
      const arr: unknown[] = [];
      skipSpace();
      if (text[pos] === ']') {
        pos++;
        return arr;
      }
      for (;;) {
        arr.push(readValue([...path, arr.length]));
        skipSpace();
        if (text[pos] === ',') {
          pos++;
          continue;
        }
        if (text[pos] === ']') {
          pos++;
          return arr;
        }
        fail(
          text[pos] === undefined
            ? 'a list is never closed with "]"'
            : `expected "," or "]" but found "${text[pos]}"`,
        );
      }
    }
    if (c === '"') return readString();
    const literal = /^(true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(
      text.slice(pos, pos + 64),
    );
    if (literal?.[1]) {
      pos += literal[1].length;
      return JSON.parse(literal[1]);
    }
    return fail(
      c === undefined
        ? 'the file ended where a value was expected'
        : `unexpected "${c}" where a value was expected`,
    );
  };

  try {
    const value = readValue([]);
    skipSpace();
    if (pos < text.length) fail(`unexpected "${text[pos]}" after the end of the JSON document`);
    return {
      ok: true,
      value,
      lineOf: (path) => {
        for (let n = path.length; n >= 0; n--) {
          const found = lines.get(JSON.stringify(path.slice(0, n)));
          if (found !== undefined) return found;
        }
        return null;
      },
    };
  } catch (error) {
    if (error instanceof JsonSyntaxError) return { ok: false, line: error.line, message: error.message };
    throw error;
  }
}
