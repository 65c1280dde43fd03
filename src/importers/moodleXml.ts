/**
 * Moodle XML question files (`<quiz><question type="...">`), as Moodle's question bank exports them.
 * Categories set the area of the questions after them; multichoice, truefalse, shortanswer and
 * numerical become bank questions; any other type rejects the file, naming it and its line.
 */
import type { AcceptedAnswer, Question, TextFormat } from '../domain/questions';
import { areaFromLabel, choicesFrom, safeId, uniqueIds } from './build';
import { fileExtension } from './text';
import type { Importer, ImportInput, ImportResult } from './types';
import { checkLimits, neverThrow, Problems, readXmlFile, titleFromFileName } from './xml/common';
import {
  type Body,
  type Context,
  choiceQuestion,
  isFull,
  numberAnswers,
  readAnswers,
  shortAnswers,
  singleFlag,
  textIn,
  trueFalse,
} from './xml/moodleAnswers';
import { attributeOf, childNamed, childrenNamed, elementsOf, type XmlElement } from './xml/tree';

const TYPE_NAMES = new Map([
  ['essay', 'an essay'],
  ['matching', 'a matching'],
  ['randomsamatch', 'a random short-answer matching'],
  ['ddwtos', 'a drag and drop into text'],
  ['ddimageortext', 'a drag and drop onto image'],
  ['ddmarker', 'a drag and drop markers'],
  ['gapselect', 'a select missing words'],
  ['multianswer', 'an embedded answers (Cloze)'],
  ['calculated', 'a calculated'],
  ['calculatedsimple', 'a simple calculated'],
  ['calculatedmulti', 'a calculated multichoice'],
  ['ordering', 'an ordering'],
  ['random', 'a random'],
  ['description', 'a description (text only, no answer)'],
]);

const FORMATS = new Map<string, TextFormat>([
  ['html', 'html'],
  ['markdown', 'markdown'],
  ['moodle_auto_format', 'plain'],
  ['plain_text', 'plain'],
]);

const RUNNABLE = 'multiple choice, true/false, short answer and numerical';

/** `$course$/top/CPC/ICD-10-CM`: Moodle's context and "top" say nothing about the area. */
function categoryArea(path: string): string {
  const parts = path
    .split('/')
    .map((s) => s.trim())
    .filter((s) => s !== '' && !/^\$\w+\$$/.test(s) && s.toLowerCase() !== 'top');
  return areaFromLabel(parts.join('/'));
}

function readQuestion(
  q: XmlElement,
  type: string,
  n: number,
  area: string,
  bankId: string,
  problems: Problems,
): Question | null {
  const name = textIn(childNamed(q, '', 'name'));
  const label = name ? `question "${name}"` : `question ${n}`;
  const ctx: Context = { q, label, problems };
  const before = problems.list.length;
  const questionText = childNamed(q, '', 'questiontext');
  const stem = textIn(questionText);
  if (stem === '')
    problems.add(questionText?.line ?? q.line, `${label}: has no question text`, 'questiontext');
  const formatName = (questionText && attributeOf(questionText, 'format')) ?? 'html';
  const textFormat = FORMATS.get(formatName);
  if (!textFormat)
    problems.add(
      questionText?.line ?? q.line,
      `${label}: the text format "${formatName}" is not one of html, markdown, plain_text, moodle_auto_format`,
      'questiontext',
    );
  const answers = readAnswers(ctx);
  let body: Body | { type: 'short'; accepted: AcceptedAnswer[]; caseSensitive: boolean } | null = null;
  let keyFeedback: string[] = [];
  if (type === 'multichoice' || type === 'truefalse') {
    body = type === 'truefalse' ? trueFalse(ctx, answers) : choiceQuestion(ctx, answers, singleFlag(ctx));
    const keyed = type === 'truefalse' || body?.type === 'single' ? isFull : (f: number) => f > 0;
    keyFeedback = answers.filter((a) => keyed(a.fraction)).map((a) => a.feedback);
  } else {
    const accepted = type === 'numerical' ? numberAnswers(ctx, answers) : shortAnswers(ctx, answers);
    if (accepted.length === 0 && problems.list.length === before)
      problems.add(q.line, `${label}: no answer has fraction 100, so no answer would be accepted`, 'answer');
    const usecase = textIn(childNamed(q, '', 'usecase')).toLowerCase();
    body = { type: 'short', accepted, caseSensitive: usecase === '1' || usecase === 'true' };
    keyFeedback = answers.filter((a) => isFull(a.fraction)).map((a) => a.feedback);
  }
  if (!body || !textFormat || problems.list.length > before) return null;
  const tags = new Set(
    childrenNamed(childNamed(q, '', 'tags') ?? q, '', 'tag')
      .map((t) => textIn(t))
      .filter((t) => t !== ''),
  );
  const base = {
    id: safeId(name, `q${n}`),
    bankId,
    area,
    stem,
    textFormat,
    rationale:
      textIn(childNamed(q, '', 'generalfeedback')) || keyFeedback.filter((f) => f !== '').join('\n\n'),
    references: [],
    tags: [...tags],
  };
  const question: Question =
    body.type === 'short'
      ? { ...base, ...body }
      : body.type === 'single'
        ? { ...base, type: 'single', choices: choicesFrom(body.choices), key: body.key }
        : { ...base, type: 'multiple', choices: choicesFrom(body.choices), keys: body.keys };
  checkLimits(question, q.line, label, problems);
  return question;
}

function parseMoodleXml({ fileName, text, bankId }: ImportInput): ImportResult {
  const read = readXmlFile(fileName, text, 'moodle-xml');
  if (!read.ok) return read.result;
  const { root } = read;
  const problems = new Problems(fileName);
  if (root.ns !== '' || root.local !== 'quiz') {
    problems.add(
      root.line,
      `the outermost element is <${root.qname}>, not <quiz>: this is not a Moodle XML question file`,
    );
    return { ok: false, format: 'moodle-xml', problems: problems.list };
  }
  const questions: Question[] = [];
  let area = 'uncategorised';
  let n = 0;
  for (const q of elementsOf(root)) {
    if (q.ns !== '' || q.local !== 'question') continue;
    const type = attributeOf(q, 'type')?.trim() ?? '';
    if (type === 'category') {
      area = categoryArea(textIn(childNamed(q, '', 'category')));
      continue;
    }
    n++;
    if (type === 'multichoice' || type === 'truefalse' || type === 'shortanswer' || type === 'numerical') {
      const question = readQuestion(q, type, n, area, bankId, problems);
      if (question) questions.push(question);
      continue;
    }
    const name = textIn(childNamed(q, '', 'name'));
    const label = name ? `question "${name}"` : `question ${n}`;
    const kind = TYPE_NAMES.get(type);
    problems.add(
      q.line,
      type === ''
        ? `${label}: has no type="..."; it must say which kind of question it is`
        : `${label}: is ${kind ?? `a "${type}"`} question (type="${type}"), which the simulator cannot run; it imports ${RUNNABLE} questions`,
      'type',
    );
  }
  if (n === 0 && problems.list.length === 0) problems.add(root.line, 'the file holds no questions');
  if (problems.list.length > 0) return { ok: false, format: 'moodle-xml', problems: problems.list };
  return {
    ok: true,
    format: 'moodle-xml',
    bank: {
      title: titleFromFileName(fileName),
      author: '',
      license: '',
      description: '',
      questions: uniqueIds(questions),
    },
  };
}

export const moodleXmlImporter: Importer = {
  format: 'moodle-xml',
  label: 'Moodle XML',
  extensions: ['xml'],
  detect: (fileName, text) => {
    const head = text.slice(0, 4000);
    if (/<quiz[\s>]/.test(head) && /<question\s+type=/.test(head)) return 1;
    if (/<quiz[\s>]/.test(head)) return 0.8;
    return fileExtension(fileName) === 'xml' ? 0.3 : 0;
  },
  parse: (input) => neverThrow(input.fileName, 'moodle-xml', () => parseMoodleXml(input)),
};
