/**
 * IMS QTI 2.x and 3.0 item files: one assessmentItem, or several in one file (an assessmentTest
 * with its items written inline, or items under any root). Elements are matched by namespace
 * URI, whatever prefix the file uses. A section's title gives the area of the items inside it.
 */
import type { Question } from '../domain/questions';
import { areaFromLabel, uniqueIds } from './build';
import { fileExtension } from './text';
import type { Importer, ImportInput, ImportResult } from './types';
import { neverThrow, Problems, readXmlFile, titleFromFileName } from './xml/common';
import { attr, type Dialect, nameIn } from './xml/qtiDialect';
import { readItem } from './xml/qtiItem';
import { descendants, elementsOf, type XmlElement } from './xml/tree';

const DIALECTS: readonly Dialect[] = [
  { ns: 'http://www.imsglobal.org/xsd/imsqti_v2p1', version: '2' },
  { ns: 'http://www.imsglobal.org/xsd/imsqti_v2p2', version: '2' },
  { ns: 'http://www.imsglobal.org/xsd/imsqti_v2p0', version: '2' },
  { ns: 'http://www.imsglobal.org/xsd/imsqtiasi_v3p0', version: '3' },
];
const dialectOf = (el: XmlElement) => DIALECTS.find((d) => d.ns === el.ns);

interface Found {
  readonly d: Dialect;
  readonly item: XmlElement;
  readonly section: string;
}

/** Items in document order with the title of the nearest section around each, without recursion. */
function findItems(root: XmlElement): Found[] {
  const found: Found[] = [];
  const stack: { el: XmlElement; section: string }[] = [{ el: root, section: '' }];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const { el } = top;
    const d = dialectOf(el);
    const name = d ? nameIn(d, el) : null;
    if (d && name === 'assessmentItem') {
      found.push({ d, item: el, section: top.section });
      continue;
    }
    const section =
      d && name === 'assessmentSection' ? attr(d, el, 'title')?.trim() || top.section : top.section;
    const kids = elementsOf(el);
    for (let i = kids.length - 1; i >= 0; i--) {
      const kid = kids[i];
      if (kid) stack.push({ el: kid, section });
    }
  }
  return found;
}

/** Why a file with no readable item holds none, said as precisely as the file allows. */
function explainNoItems(root: XmlElement, problems: Problems): void {
  if (root.local === 'questestinterop') {
    problems.add(
      root.line,
      'this is a QTI 1.2 file (<questestinterop>); export the questions as QTI 2.1 or 3.0',
    );
    return;
  }
  if (root.local === 'manifest') {
    problems.add(
      root.line,
      'this is the manifest of a content package; import the item files it lists instead',
    );
    return;
  }
  const stray = [root, ...descendants(root)].find((el) =>
    /^(assessmentItem|qti-assessment-item)$/.test(el.local),
  );
  if (stray) {
    problems.add(
      stray.line,
      `<${stray.qname}> is in the namespace "${stray.ns}", not a QTI 2.1 or 3.0 one (such as xmlns="${DIALECTS[0]?.ns}")`,
    );
    return;
  }
  problems.add(root.line, 'the file holds no QTI assessmentItem');
}

function parseQti({ fileName, text, bankId }: ImportInput): ImportResult {
  const read = readXmlFile(fileName, text, 'qti');
  if (!read.ok) return read.result;
  const { root } = read;
  const problems = new Problems(fileName);
  // Items kept in other files cannot come along, and a bank is imported whole or not at all.
  for (const el of [root, ...descendants(root)]) {
    const d = dialectOf(el);
    if (d && nameIn(d, el) === 'assessmentItemRef')
      problems.add(
        el.line,
        `the test refers to the item file "${attr(d, el, 'href') ?? ''}", which cannot be read from here; import the item files themselves, or a file with the items written inline`,
      );
  }
  const found = findItems(root);
  if (found.length === 0 && problems.list.length === 0) explainNoItems(root, problems);
  const questions: Question[] = [];
  found.forEach(({ d, item, section }, i) => {
    const question = readItem(d, item, i + 1, areaFromLabel(section), bankId, problems);
    if (question) questions.push(question);
  });
  if (problems.list.length > 0) return { ok: false, format: 'qti', problems: problems.list };
  const rootDialect = dialectOf(root);
  const rootTitle =
    rootDialect && nameIn(rootDialect, root) !== 'assessmentItem' ? attr(rootDialect, root, 'title') : '';
  return {
    ok: true,
    format: 'qti',
    bank: {
      title: rootTitle?.trim() || titleFromFileName(fileName),
      author: '',
      license: '',
      description: '',
      questions: uniqueIds(questions),
    },
  };
}

export const qtiImporter: Importer = {
  format: 'qti',
  label: 'IMS QTI 2.1 / 3.0',
  extensions: ['xml', 'qti'],
  detect: (fileName, text) => {
    const head = text.slice(0, 4000);
    if (/imsqti_v2p[012]|imsqtiasi_v3p0/.test(head)) return 1;
    if (
      /<(\w+:)?(assessmentItem|assessmentTest|qti-assessment-item|qti-assessment-test|questestinterop)[\s>]/.test(
        head,
      )
    )
      return 0.7;
    const ext = fileExtension(fileName);
    return ext === 'qti' ? 0.5 : ext === 'xml' ? 0.2 : 0;
  },
  parse: (input) => neverThrow(input.fileName, 'qti', () => parseQti(input)),
};
