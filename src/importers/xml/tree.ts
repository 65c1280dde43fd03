/**
 * The tree the XML reader builds: namespace-resolved elements that remember their line, and the
 * few queries importers need. The reader refuses nesting deeper than MAX_DEPTH, so the recursive
 * helpers here stay far from any stack limit.
 */

export interface XmlAttribute {
  /** Namespace URI; '' for an unprefixed attribute. */
  readonly ns: string;
  readonly local: string;
  readonly qname: string;
  readonly value: string;
}

export interface XmlElement {
  readonly kind: 'element';
  /** Namespace URI; '' when the element is in no namespace. */
  readonly ns: string;
  readonly local: string;
  readonly qname: string;
  /** Namespace declarations (xmlns, xmlns:p) are not listed: they are resolved into ns. */
  readonly attributes: readonly XmlAttribute[];
  readonly children: readonly XmlNode[];
  readonly line: number;
}

export interface XmlText {
  readonly kind: 'text';
  /** Entities decoded; CDATA sections are merged in as they are. */
  readonly text: string;
  readonly line: number;
}

export type XmlNode = XmlElement | XmlText;

export const MAX_DEPTH = 256;

export function elementsOf(el: XmlElement): XmlElement[] {
  return el.children.filter((c): c is XmlElement => c.kind === 'element');
}

export function childrenNamed(el: XmlElement, ns: string, local: string): XmlElement[] {
  return el.children.filter((c): c is XmlElement => c.kind === 'element' && c.ns === ns && c.local === local);
}

export function childNamed(el: XmlElement, ns: string, local: string): XmlElement | undefined {
  return childrenNamed(el, ns, local)[0];
}

export function attributeOf(el: XmlElement, local: string, ns = ''): string | undefined {
  return el.attributes.find((a) => a.local === local && a.ns === ns)?.value;
}

/** Every element below `root` in document order, walked without recursion. */
export function descendants(root: XmlElement): XmlElement[] {
  const found: XmlElement[] = [];
  const stack: XmlElement[] = [root];
  for (let el = stack.pop(); el !== undefined; el = stack.pop()) {
    if (el !== root) found.push(el);
    const kids = elementsOf(el);
    for (let i = kids.length - 1; i >= 0; i--) {
      const kid = kids[i];
      if (kid) stack.push(kid);
    }
  }
  return found;
}

/** All the text inside an element, markup left out. */
export function textOf(node: XmlNode): string {
  if (node.kind === 'text') return node.text;
  let out = '';
  for (const c of node.children) out += textOf(c);
  return out;
}

const VOID_HTML = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (s: string) => escapeText(s).replace(/"/g, '&quot;');

/**
 * Writes nodes back out as HTML markup (elements by local name, so XHTML in any namespace reads
 * as HTML). `replace` may substitute markup for an element or drop it (return '').
 * Nothing is interpreted or removed here: the app sanitises HTML when it renders it.
 */
export function toHtml(nodes: readonly XmlNode[], replace?: (el: XmlElement) => string | undefined): string {
  let out = '';
  for (const node of nodes) {
    if (node.kind === 'text') {
      out += escapeText(node.text);
      continue;
    }
    const swapped = replace?.(node);
    if (swapped !== undefined) {
      out += swapped;
      continue;
    }
    const attrs = node.attributes.map(
      (a) => ` ${a.ns === '' ? a.local : a.qname}="${escapeAttribute(a.value)}"`,
    );
    const open = `<${node.local}${attrs.join('')}>`;
    if (node.children.length === 0 && VOID_HTML.has(node.local)) out += open;
    else out += `${open}${toHtml(node.children, replace)}</${node.local}>`;
  }
  return out;
}

/** Whether an element other than those `ignore` picks out stands among the nodes. */
export function hasMarkup(
  nodes: readonly XmlNode[],
  ignore: (el: XmlElement) => boolean = () => false,
): boolean {
  for (const node of nodes) {
    if (node.kind !== 'element' || ignore(node)) continue;
    return true;
  }
  return false;
}
