/** Character classes and counters the XML reader is built from (XML 1.0, fifth edition). */
import { lineAt } from '../text';

const NAME_START =
  'A-Za-z_\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C\\u200D' +
  '\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}';
const NAME_CHAR = `${NAME_START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F\\u2040`;
export const NAME = new RegExp(`[${NAME_START}:][${NAME_CHAR}:]*`, 'uy');
export const REFERENCE = /#x([0-9A-Fa-f]{1,8});|#([0-9]{1,10});|([A-Za-z_][A-Za-z0-9_.-]*);/y;
export const PREDEFINED = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
]);

export const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13;

export function isXmlChar(code: number): boolean {
  return (
    code === 9 ||
    code === 10 ||
    code === 13 ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/** Offset of the first character XML 1.0 forbids (control characters, lone surrogates), or -1. */
export function firstForbiddenChar(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20) {
      if (c !== 9 && c !== 10 && c !== 13) return i;
    } else if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else return i;
    } else if ((c >= 0xdc00 && c <= 0xdfff) || c === 0xfffe || c === 0xffff) return i;
  }
  return -1;
}

/** Line numbers for offsets asked in increasing order: each newline is found once, with indexOf. */
export function lineCounter(text: string): (offset: number) => number {
  let last = 0;
  let line = 1;
  let next = text.indexOf('\n');
  return (offset) => {
    if (offset < last) return lineAt(text, offset);
    while (next !== -1 && next < offset) {
      line++;
      next = text.indexOf('\n', next + 1);
    }
    last = offset;
    return line;
  };
}
