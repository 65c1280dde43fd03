/**
 * QTI 2.x names elements and attributes in camelCase (choiceInteraction, maxChoices); QTI 3.0 says
 * the same in kebab case with a prefix (qti-choice-interaction, max-choices). Importers ask by the
 * QTI 2 name and a Dialect answers for the file's version.
 */
import { attributeOf, childrenNamed, type XmlElement } from './tree';

export interface Dialect {
  readonly ns: string;
  readonly version: '2' | '3';
}

const kebab = (camel: string) => camel.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The QTI 2 (camelCase) name of an element of the dialect, or null for any other element. */
export function nameIn(d: Dialect, el: XmlElement): string | null {
  if (el.ns !== d.ns) return null;
  if (d.version === '2') return el.local;
  return el.local.startsWith('qti-')
    ? el.local.slice(4).replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())
    : null;
}
const elementName = (d: Dialect, camel: string) => (d.version === '2' ? camel : `qti-${kebab(camel)}`);
export const kids = (d: Dialect, el: XmlElement, camel: string) =>
  childrenNamed(el, d.ns, elementName(d, camel));
export const attr = (d: Dialect, el: XmlElement, camel: string) =>
  attributeOf(el, d.version === '2' ? camel : kebab(camel));
