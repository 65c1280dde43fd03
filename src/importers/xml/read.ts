/**
 * A small, strict XML 1.0 reader with namespaces that remembers the line of every element.
 *
 * Written here rather than taken from fast-xml-parser because importers need what that library
 * does not give: namespace URIs (QTI is matched by namespace, not by prefix), the line of every
 * element and text node, and mixed content kept in order (HTML inside QTI). It reads the
 * predefined entities and character references only: a DOCTYPE with an internal subset is refused,
 * so no entity can expand ("billion laughs") and nothing is fetched. It loops instead of
 * recursing, and caps nesting and size, so hostile files end in a problem, not a stack overflow.
 * Input must already be normalised (normaliseText): no BOM, '\n' line endings.
 */
import { lineAt } from '../text';
import { firstForbiddenChar, isSpace, isXmlChar, lineCounter, NAME, PREDEFINED, REFERENCE } from './chars';
import { MAX_DEPTH, type XmlAttribute, type XmlElement, type XmlNode } from './tree';

export type XmlRead =
  | { readonly ok: true; readonly root: XmlElement }
  | { readonly ok: false; readonly line: number; readonly message: string };

export const MAX_XML_CHARS = 50_000_000;

const XML_NS = 'http://www.w3.org/XML/1998/namespace';

class XmlSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

interface Frame {
  readonly qname: string;
  readonly line: number;
  readonly children: XmlNode[];
  /** Prefix ('' for the default namespace) to namespace URI. */
  readonly scope: ReadonlyMap<string, string>;
}

interface RawAttribute {
  readonly qname: string;
  readonly value: string;
  readonly offset: number;
}

export function readXml(text: string): XmlRead {
  try {
    return { ok: true, root: read(text) };
  } catch (error) {
    if (error instanceof XmlSyntaxError) return { ok: false, line: error.line, message: error.message };
    throw error;
  }
}

function read(text: string): XmlElement {
  const fail = (message: string, offset: number): never => {
    throw new XmlSyntaxError(message, lineAt(text, offset));
  };
  if (text.length > MAX_XML_CHARS)
    fail(`the file is too large (${text.length} characters; at most ${MAX_XML_CHARS} can be read)`, 0);
  const bad = firstForbiddenChar(text);
  if (bad >= 0) {
    const code = (text.codePointAt(bad) ?? 0).toString(16).toUpperCase().padStart(4, '0');
    fail(`the file contains a character XML does not allow (U+${code}); remove it`, bad);
  }

  const lineOf = lineCounter(text);
  const stack: Frame[] = [];
  const topScope: ReadonlyMap<string, string> = new Map([['xml', XML_NS]]);
  let root: XmlElement | undefined;
  let sawDoctype = false;
  let pending = '';
  let pendingLine = 0;

  const skipSpace = (from: number) => {
    let p = from;
    while (p < text.length && isSpace(text.charCodeAt(p))) p++;
    return p;
  };
  const nameAt = (offset: number): string | undefined => {
    NAME.lastIndex = offset;
    return NAME.exec(text)?.[0];
  };
  const checkQName = (name: string, offset: number) => {
    const colon = name.indexOf(':');
    if (colon >= 0 && (colon === 0 || colon === name.length - 1 || name.indexOf(':', colon + 1) >= 0))
      fail(
        `"${name}" is not a valid name: a name may hold at most one ":" between a prefix and a name`,
        offset,
      );
  };

  const decode = (raw: string, base: number): string => {
    if (!raw.includes('&')) return raw;
    let out = '';
    let from = 0;
    for (let amp = raw.indexOf('&'); amp !== -1; amp = raw.indexOf('&', from)) {
      out += raw.slice(from, amp);
      REFERENCE.lastIndex = amp + 1;
      const m = REFERENCE.exec(raw);
      if (!m) return fail('a bare "&" starts no entity; write &amp; for an ampersand', base + amp);
      const [whole, hex, dec, name] = m;
      if (name !== undefined) {
        const value = PREDEFINED.get(name);
        if (value === undefined)
          fail(
            `the entity &${name}; is not defined in XML; only &amp; &lt; &gt; &quot; &apos; and numeric references such as &#160; can be used`,
            base + amp,
          );
        out += value;
      } else {
        const code = hex !== undefined ? Number.parseInt(hex, 16) : Number(dec);
        if (!isXmlChar(code)) fail(`&${whole} names a character XML does not allow`, base + amp);
        out += String.fromCodePoint(code);
      }
      from = amp + 1 + whole.length;
    }
    return out + raw.slice(from);
  };

  const appendText = (value: string, offset: number) => {
    if (pending === '') pendingLine = lineOf(offset);
    pending += value;
  };
  const flushText = () => {
    const top = stack.at(-1);
    if (top && pending !== '') top.children.push({ kind: 'text', text: pending, line: pendingLine });
    pending = '';
  };

  const textRun = (start: number, end: number) => {
    const raw = text.slice(start, end);
    if (stack.length === 0) {
      const at = raw.search(/[^ \t\n\r]/);
      if (at >= 0)
        fail(
          root
            ? 'there is text after the end of the root element; everything must be inside one element'
            : 'there is text before the first element; an XML file starts with "<"',
          start + at,
        );
      return;
    }
    const cdataEnd = raw.indexOf(']]>');
    if (cdataEnd >= 0) fail('"]]>" may only close a CDATA section; write ]]&gt; in text', start + cdataEnd);
    appendText(decode(raw, start), start);
  };

  const startTag = (lt: number): number => {
    const qname = nameAt(lt + 1);
    if (qname === undefined)
      return fail('"<" starts no element; write &lt; for a less-than sign in text', lt);
    checkQName(qname, lt);
    const attributes: RawAttribute[] = [];
    let p = lt + 1 + qname.length;
    let selfClosing = false;
    for (;;) {
      const at = skipSpace(p);
      const c = text[at];
      if (c === '>' || (c === '/' && text[at + 1] === '>')) {
        selfClosing = c === '/';
        p = at + (selfClosing ? 2 : 1);
        break;
      }
      if (c === undefined) fail(`the tag <${qname}> is never closed with ">"`, lt);
      const name = nameAt(at);
      if (name === undefined) return fail(`unexpected "${c}" inside the tag <${qname}>`, at);
      if (at === p)
        fail(`the attribute ${name} in <${qname}> must be separated from what comes before by a space`, at);
      checkQName(name, at);
      p = skipSpace(at + name.length);
      if (text[p] !== '=') fail(`the attribute ${name} in <${qname}> has no value; write ${name}="..."`, at);
      p = skipSpace(p + 1);
      const quote = text[p];
      if (quote !== '"' && quote !== "'")
        return fail(`the value of the attribute ${name} must be in quotes`, p);
      const close = text.indexOf(quote, p + 1);
      if (close < 0) fail(`the value of the attribute ${name} is never closed with ${quote}`, p);
      const raw = text.slice(p + 1, close);
      const lessThan = raw.indexOf('<');
      if (lessThan >= 0)
        fail(`"<" cannot stand in the value of the attribute ${name}; write &lt;`, p + 1 + lessThan);
      // Attribute-value normalisation: literal tabs and newlines read as spaces, references do not.
      attributes.push({ qname: name, value: decode(raw.replace(/[\t\n\r]/g, ' '), p + 1), offset: at });
      p = close + 1;
    }
    openElement(qname, attributes, lt, selfClosing);
    return p;
  };

  const namespaceOf = (scope: ReadonlyMap<string, string>, prefix: string, offset: number): string => {
    const ns = scope.get(prefix);
    if (ns !== undefined) return ns;
    if (prefix === '') return '';
    return fail(
      `the prefix "${prefix}:" is not declared; add xmlns:${prefix}="..." to an enclosing element`,
      offset,
    );
  };
  const openElement = (qname: string, raw: readonly RawAttribute[], lt: number, selfClosing: boolean) => {
    const parent = stack.at(-1);
    if (!parent && root)
      fail(`a second root element <${qname}>; an XML file has exactly one outermost element`, lt);
    if (stack.length >= MAX_DEPTH) fail(`elements are nested more than ${MAX_DEPTH} deep`, lt);
    const inherited = parent?.scope ?? topScope;
    let scope: Map<string, string> | undefined;
    // Most elements have at most one attribute: no set is needed to find repeats among those.
    const seen = raw.length > 1 ? new Set<string>() : undefined;
    for (const a of raw) {
      if (seen?.has(a.qname)) fail(`the attribute ${a.qname} appears twice in <${qname}>`, a.offset);
      seen?.add(a.qname);
      if (a.qname !== 'xmlns' && !a.qname.startsWith('xmlns:')) continue;
      const prefix = a.qname === 'xmlns' ? '' : a.qname.slice(6);
      if (prefix === 'xmlns' || (prefix === 'xml') !== (a.value === XML_NS))
        fail(`${a.qname}="${a.value}" binds a reserved prefix or namespace`, a.offset);
      if (prefix !== '' && a.value === '') fail(`${a.qname} cannot be declared empty`, a.offset);
      scope ??= new Map(inherited);
      scope.set(prefix, a.value);
    }
    const inScope: ReadonlyMap<string, string> = scope ?? inherited;
    const expanded = seen ? new Set<string>() : undefined;
    const attributes: XmlAttribute[] = [];
    for (const a of raw) {
      if (a.qname === 'xmlns' || a.qname.startsWith('xmlns:')) continue;
      const colon = a.qname.indexOf(':');
      const ns = colon < 0 ? '' : namespaceOf(inScope, a.qname.slice(0, colon), a.offset);
      const local = a.qname.slice(colon + 1);
      const key = `${ns} ${local}`;
      if (expanded?.has(key)) fail(`the attribute ${local} appears twice in <${qname}>`, a.offset);
      expanded?.add(key);
      attributes.push({ ns, local, qname: a.qname, value: a.value });
    }
    const colon = qname.indexOf(':');
    const ns = namespaceOf(inScope, colon < 0 ? '' : qname.slice(0, colon), lt);
    const local = qname.slice(colon + 1);
    flushText();
    const children: XmlNode[] = [];
    const element: XmlElement = { kind: 'element', ns, local, qname, attributes, children, line: lineOf(lt) };
    if (parent) parent.children.push(element);
    else root = element;
    if (!selfClosing) stack.push({ qname, line: element.line, children, scope: inScope });
  };

  const endTag = (lt: number): number => {
    const name = nameAt(lt + 2);
    if (name === undefined) return fail('"</" is not followed by the name of an element', lt);
    const p = skipSpace(lt + 2 + name.length);
    if (text[p] !== '>') fail(`the closing tag </${name}> is not closed with ">"`, lt);
    const top = stack.at(-1);
    if (!top) return fail(`the closing tag </${name}> has no element to close`, lt);
    if (top.qname !== name) {
      const opened = stack.findLast((f) => f.qname === name);
      if (opened)
        throw new XmlSyntaxError(
          `the element <${top.qname}> opened on line ${top.line} is never closed (</${name}> on line ${lineAt(text, lt)} comes first)`,
          top.line,
        );
      fail(`the closing tag </${name}> does not match <${top.qname}> opened on line ${top.line}`, lt);
    }
    flushText();
    stack.pop();
    return p + 1;
  };

  const comment = (lt: number): number => {
    const end = text.indexOf('-->', lt + 4);
    if (end < 0) fail('the comment is never closed with -->', lt);
    const body = text.slice(lt + 4, end);
    const dashes = body.indexOf('--');
    if (dashes >= 0 || body.endsWith('-'))
      fail('a comment cannot contain "--"', lt + 4 + (dashes >= 0 ? dashes : body.length - 1));
    return end + 3;
  };

  const cdata = (lt: number): number => {
    if (stack.length === 0) fail('a CDATA section can only stand inside an element', lt);
    const end = text.indexOf(']]>', lt + 9);
    if (end < 0) fail('the CDATA section is never closed with ]]>', lt);
    appendText(text.slice(lt + 9, end), lt);
    return end + 3;
  };

  const instruction = (lt: number, atStart: boolean): number => {
    const target = nameAt(lt + 2);
    if (target === undefined) return fail('"<?" is not followed by a name', lt);
    const declaration = target.toLowerCase() === 'xml';
    if (declaration && (!atStart || target !== 'xml'))
      fail('the XML declaration <?xml ...?> may only stand at the very start of the file', lt);
    const end = text.indexOf('?>', lt + 2 + target.length);
    if (end < 0) fail(`<?${target} is never closed with ?>`, lt);
    if (declaration && !/^\s+version\s*=\s*(["'])1\.\d+\1/.test(text.slice(lt + 5, end)))
      fail('the XML declaration must begin with version="1.0"', lt);
    return end + 2;
  };

  const doctype = (lt: number): number => {
    if (root || sawDoctype) fail('a DOCTYPE may only stand once, before the root element', lt);
    sawDoctype = true;
    let quote = '';
    for (let p = lt + 9; p < text.length; p++) {
      const c = text[p];
      if (quote !== '') {
        if (c === quote) quote = '';
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '[')
        fail(
          'the DOCTYPE declares entities or elements of its own (an internal subset in [ ]); these are not read, so that no entity in a bank file can expand: remove the DOCTYPE',
          lt,
        );
      else if (c === '>') return p + 1;
    }
    return fail('the DOCTYPE is never closed with ">"', lt);
  };

  let pos = 0;
  while (pos < text.length) {
    const lt = text.indexOf('<', pos);
    const end = lt < 0 ? text.length : lt;
    if (end > pos) textRun(pos, end);
    if (lt < 0) break;
    const next = text[lt + 1];
    if (next === '/') pos = endTag(lt);
    else if (next === '?') pos = instruction(lt, lt === 0);
    else if (next !== '!') pos = startTag(lt);
    else if (text.startsWith('<!--', lt)) pos = comment(lt);
    else if (text.startsWith('<![CDATA[', lt)) pos = cdata(lt);
    else if (text.startsWith('<!DOCTYPE', lt)) pos = doctype(lt);
    else fail('"<!" starts neither a comment, a CDATA section nor a DOCTYPE', lt);
  }
  const open = stack.at(-1);
  if (open)
    throw new XmlSyntaxError(
      `the element <${open.qname}> opened on line ${open.line} is never closed`,
      open.line,
    );
  if (!root) return fail('the file holds no XML element', 0);
  return root;
}
