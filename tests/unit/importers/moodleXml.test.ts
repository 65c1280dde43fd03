import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moodleXmlImporter } from '../../../src/importers/moodleXml';
import { normaliseText } from '../../../src/importers/text';
import { describeProblem, type ImportResult } from '../../../src/importers/types';
import { mutationsOf } from '../../support/fuzz';

const parse = (text: string, fileName = 'cpc-bank.xml') =>
  moodleXmlImporter.parse({ fileName, text, bankId: 'b1' });
const bank = (result: ImportResult) => {
  if (!result.ok) throw new Error(result.problems.map(describeProblem).join('\n'));
  return result.bank;
};
const problems = (result: ImportResult) => {
  if (result.ok) throw new Error('expected problems');
  return result.problems;
};
/** The question given starts on line 3. */
const quiz = (...questions: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n${questions.join('\n')}\n</quiz>\n`;
/** A multichoice question over 6 lines (3-8 in a quiz); its answers are on lines 6 and 7. */
const mc = (
  answers = '<answer fraction="100"><text>I10</text></answer>\n<answer fraction="0"><text>I11.9</text></answer>',
  extra = '',
) =>
  `<question type="multichoice">
<name><text>Q</text></name>
<questiontext format="html"><text>Which code?</text></questiontext>${extra}
${answers}
</question>`;

const SAMPLE = `<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <!-- question: 0 -->
  <question type="category">
    <category><text>$course$/top/ICD-10-CM</text></category>
    <info format="html"><text></text></info>
  </question>
  <question type="multichoice">
    <name><text>Essential hypertension</text></name>
    <questiontext format="html"><text><![CDATA[<p>Which code reports <b>essential</b> hypertension?</p>]]></text></questiontext>
    <generalfeedback format="html"><text>I10 is essential hypertension.</text></generalfeedback>
    <defaultgrade>1.0000000</defaultgrade>
    <single>true</single>
    <shuffleanswers>true</shuffleanswers>
    <answer fraction="100" format="html"><text>I10</text><feedback format="html"><text>Right.</text></feedback></answer>
    <answer fraction="0" format="html"><text>I11.9</text><feedback format="html"><text>No.</text></feedback></answer>
    <answer fraction="0" format="html"><text>I12.9</text></answer>
    <answer fraction="-33.33333" format="html"><text>I15.0</text></answer>
    <tags><tag><text>circulatory</text></tag><tag><text>HTN</text></tag></tags>
  </question>
  <question type="multichoice">
    <name><text>Diabetes codes</text></name>
    <questiontext format="moodle_auto_format"><text>Which are diabetes codes? (E10 &amp; E11)</text></questiontext>
    <single>false</single>
    <answer fraction="50"><text>E11.9</text><feedback><text>Type 2.</text></feedback></answer>
    <answer fraction="50"><text>E10.9</text><feedback><text>Type 1.</text></feedback></answer>
    <answer fraction="-100"><text>I10</text></answer>
  </question>
  <question type="category">
    <category><text>$course$/top/CPC/Medical terminology</text></category>
  </question>
  <question type="truefalse">
    <name><text>Suffix</text></name>
    <questiontext format="markdown"><text>The suffix **-ectomy** means removal.</text></questiontext>
    <answer fraction="0"><text>false</text><feedback><text>It does mean removal.</text></feedback></answer>
    <answer fraction="100"><text>true</text><feedback><text>Correct: excision.</text></feedback></answer>
  </question>
  <question type="shortanswer">
    <name><text>HTN code</text></name>
    <questiontext format="plain_text"><text>Code for essential hypertension?</text></questiontext>
    <usecase>0</usecase>
    <answer fraction="100"><text>I10</text></answer>
    <answer fraction="50"><text>I10.0</text></answer>
    <answer fraction="0"><text>*</text></answer>
  </question>
  <question type="numerical">
    <name><text>PCS length</text></name>
    <questiontext format="html"><text>How many characters are in an ICD-10-PCS code?</text></questiontext>
    <answer fraction="100"><text>7</text><tolerance>0</tolerance></answer>
    <answer fraction="100"><text>7.5</text><tolerance>0.5</tolerance></answer>
  </question>
</quiz>
`;

describe('Moodle XML importer', () => {
  it('reads every question type it can run, with areas, ids, formats, feedback and tags', () => {
    const b = bank(parse(SAMPLE));
    expect(b.title).toBe('cpc-bank');
    expect(b.questions.map((q) => [q.id, q.type, q.area, q.textFormat])).toEqual([
      ['Essential-hypertension', 'single', 'icd-10-cm', 'html'],
      ['Diabetes-codes', 'multiple', 'icd-10-cm', 'plain'],
      ['Suffix', 'single', 'medical-terminology', 'markdown'],
      ['HTN-code', 'short', 'medical-terminology', 'plain'],
      ['PCS-length', 'short', 'medical-terminology', 'html'],
    ]);
    expect(b.questions[0]).toMatchObject({
      bankId: 'b1',
      stem: '<p>Which code reports <b>essential</b> hypertension?</p>',
      choices: [
        { id: 'A', text: 'I10' },
        { id: 'B', text: 'I11.9' },
        { id: 'C', text: 'I12.9' },
        { id: 'D', text: 'I15.0' },
      ],
      key: 'A',
      rationale: 'I10 is essential hypertension.',
      tags: ['circulatory', 'HTN'],
    });
    expect(b.questions[1]).toMatchObject({
      stem: 'Which are diabetes codes? (E10 & E11)',
      keys: ['A', 'B'],
      rationale: 'Type 2.\n\nType 1.',
    });
    expect(b.questions[2]).toMatchObject({
      choices: [
        { id: 'A', text: 'True' },
        { id: 'B', text: 'False' },
      ],
      key: 'A',
      rationale: 'Correct: excision.',
    });
    expect(b.questions[3]).toMatchObject({ accepted: [{ kind: 'text', text: 'I10' }], caseSensitive: false });
    expect(b.questions[4]).toMatchObject({
      accepted: [
        { kind: 'number', value: 7, tolerance: 0 },
        { kind: 'number', value: 7.5, tolerance: 0.5 },
      ],
    });
  });

  it.each([
    ['$course$/top/ICD-10-CM', 'icd-10-cm'],
    ['$course$/top', 'uncategorised'],
    ['$system$/top/CPC/My Own Topics', 'my-own-topics'],
    ['$module$/Anesthesia', 'anesthesia'],
    ['', 'uncategorised'],
  ])('takes the area from the category %j', (path, area) => {
    const text = quiz(`<question type="category"><category><text>${path}</text></category></question>`, mc());
    expect(bank(parse(text)).questions[0]?.area).toBe(area);
  });

  it('puts questions before any category in "uncategorised"', () => {
    expect(bank(parse(quiz(mc()))).questions[0]?.area).toBe('uncategorised');
  });

  it.each([
    ['html', 'html'],
    ['markdown', 'markdown'],
    ['moodle_auto_format', 'plain'],
    ['plain_text', 'plain'],
  ])('maps the text format %s to %s', (format, textFormat) => {
    const text = quiz(mc(undefined).replace('format="html"', `format="${format}"`));
    expect(bank(parse(text)).questions[0]?.textFormat).toBe(textFormat);
  });

  it('reads a question text with no format as HTML, as Moodle does', () => {
    expect(bank(parse(quiz(mc().replace(' format="html"', '')))).questions[0]?.textFormat).toBe('html');
  });

  it('takes the rationale from general feedback, else the key answer feedback, else nothing', () => {
    const withKeyFeedback = mc(
      '<answer fraction="100"><text>I10</text><feedback><text>Because.</text></feedback></answer>\n<answer fraction="0"><text>I11.9</text><feedback><text>No.</text></feedback></answer>',
    );
    expect(bank(parse(quiz(withKeyFeedback))).questions[0]?.rationale).toBe('Because.');
    expect(bank(parse(quiz(mc()))).questions[0]?.rationale).toBe('');
  });

  it('reads case-sensitive short answers and escaped asterisks', () => {
    const text = quiz(`<question type="shortanswer">
<name><text>S</text></name>
<questiontext><text>Type it</text></questiontext>
<usecase>1</usecase>
<answer fraction="100"><text>a\\*b</text></answer>
</question>`);
    expect(bank(parse(text)).questions[0]).toMatchObject({
      caseSensitive: true,
      accepted: [{ kind: 'text', text: 'a*b' }],
    });
  });

  it('decodes entities and character references', () => {
    const text = quiz(
      mc(undefined).replace('Which code?', 'A &lt;b&gt; &#233;t&#xE9; &quot;x&quot; &apos;y&apos;'),
    );
    expect(bank(parse(text)).questions[0]?.stem).toBe('A <b> été "x" \'y\'');
  });

  it('makes ids from names unique and falls back to q1, q2 ... for unnamed questions', () => {
    const unnamed = mc().replace('<name><text>Q</text></name>', '<name><text></text></name>');
    const ids = bank(parse(quiz(mc(), mc(), unnamed))).questions.map((q) => q.id);
    expect(ids).toEqual(['Q', 'Q-2', 'q3']);
  });

  it.each([
    ['essay', 'is an essay question (type="essay")'],
    ['matching', 'is a matching question (type="matching")'],
    ['ddwtos', 'is a drag and drop into text question (type="ddwtos")'],
    ['gapselect', 'is a select missing words question (type="gapselect")'],
    ['multianswer', 'is an embedded answers (Cloze) question (type="multianswer")'],
    ['calculated', 'is a calculated question (type="calculated")'],
    ['description', 'is a description (text only, no answer) question (type="description")'],
    ['ordering', 'is an ordering question (type="ordering")'],
    ['mystery', 'is a "mystery" question (type="mystery")'],
  ])('rejects a %s question, naming the type and line', (type, message) => {
    const text = quiz(mc(), `<question type="${type}">\n<name><text>Bad one</text></name>\n</question>`);
    expect(problems(parse(text))).toEqual([
      {
        file: 'cpc-bank.xml',
        line: 9,
        field: 'type',
        message: `question "Bad one": ${message}, which the simulator cannot run; it imports multiple choice, true/false, short answer and numerical questions`,
      },
    ]);
  });

  const badQuestions: [string, string, number, string | null, string][] = [
    ['no type', '<question>\n<name><text>Q</text></name>\n</question>', 3, 'type', 'has no type="..."'],
    [
      'no key',
      mc('<answer fraction="50"><text>I10</text></answer>\n<answer fraction="0"><text>I11.9</text></answer>'),
      3,
      'fraction',
      'no answer has fraction 100',
    ],
    [
      'two full answers',
      mc(
        '<answer fraction="100"><text>I10</text></answer>\n<answer fraction="100"><text>I11.9</text></answer>',
      ),
      3,
      'fraction',
      'answers on lines 6, 7 all have fraction 100',
    ],
    [
      'multiple with no positive answer',
      mc(
        '<answer fraction="0"><text>I10</text></answer>\n<answer fraction="-50"><text>I11.9</text></answer>',
        '\n<single>false</single>',
      ),
      3,
      'fraction',
      'no answer has a positive fraction',
    ],
    [
      'one answer',
      mc('<answer fraction="100"><text>I10</text></answer>'),
      3,
      'answer',
      'needs at least 2 answers, has 1',
    ],
    [
      'nine answers',
      mc(
        Array.from(
          { length: 9 },
          (_, i) => `<answer fraction="${i === 0 ? 100 : 0}"><text>C${i}</text></answer>`,
        ).join(''),
      ),
      3,
      'answer',
      'has 9 answers; at most 8 can be imported',
    ],
    [
      'a fraction that is no number',
      mc(
        '<answer fraction="100"><text>I10</text></answer>\n<answer fraction="lots"><text>I11.9</text></answer>',
      ),
      7,
      'fraction',
      'the answer has fraction "lots"',
    ],
    [
      'an empty answer',
      mc('<answer fraction="100"><text>I10</text></answer>\n<answer fraction="0"><text> </text></answer>'),
      7,
      'answer',
      'an answer has no text',
    ],
    [
      'a repeated answer',
      mc('<answer fraction="100"><text>I10</text></answer>\n<answer fraction="0"><text>i10</text></answer>'),
      7,
      'answer',
      'the answer repeats an earlier one',
    ],
    [
      'a bad single flag',
      mc(undefined, '\n<single>maybe</single>'),
      6,
      'single',
      '<single> must be true or false, not "maybe"',
    ],
    ['no question text', mc().replace('Which code?', ''), 5, 'questiontext', 'has no question text'],
    [
      'an unknown text format',
      mc().replace('format="html"', 'format="wiki_like"'),
      5,
      'questiontext',
      'the text format "wiki_like" is not one of',
    ],
    [
      'a true/false without "false"',
      '<question type="truefalse">\n<questiontext><text>T?</text></questiontext>\n<answer fraction="100"><text>true</text></answer>\n</question>',
      3,
      'answer',
      'question 1: a true/false question needs one answer "true" and one "false"',
    ],
    [
      'a true/false with both right',
      '<question type="truefalse">\n<questiontext><text>T?</text></questiontext>\n<answer fraction="100"><text>true</text></answer><answer fraction="100"><text>false</text></answer>\n</question>',
      3,
      'fraction',
      'exactly one of "true" and "false" must have fraction 100',
    ],
    [
      'a short answer with a wildcard',
      '<question type="shortanswer">\n<questiontext><text>T?</text></questiontext>\n<answer fraction="100"><text>I1*</text></answer>\n</question>',
      5,
      'answer',
      'the answer "I1*" uses the * wildcard',
    ],
    [
      'a short answer with no full answer',
      '<question type="shortanswer">\n<questiontext><text>T?</text></questiontext>\n<answer fraction="50"><text>I10</text></answer>\n</question>',
      3,
      'answer',
      'no answer has fraction 100, so no answer would be accepted',
    ],
    [
      'a numerical answer that is no number',
      '<question type="numerical">\n<questiontext><text>N?</text></questiontext>\n<answer fraction="100"><text>seven</text></answer>\n</question>',
      5,
      'answer',
      'the answer "seven" is not a number',
    ],
    [
      'a numerical answer of "*"',
      '<question type="numerical">\n<questiontext><text>N?</text></questiontext>\n<answer fraction="100"><text>*</text></answer>\n</question>',
      5,
      'answer',
      'the answer "*" accepts any number',
    ],
    [
      'a negative tolerance',
      '<question type="numerical">\n<questiontext><text>N?</text></questiontext>\n<answer fraction="100"><text>7</text>\n<tolerance>-1</tolerance></answer>\n</question>',
      6,
      'tolerance',
      'the tolerance must be a number of 0 or more',
    ],
    [
      'a tag over 60 characters',
      mc(undefined, `\n<tags><tag><text>${'x'.repeat(61)}</text></tag></tags>`),
      3,
      'tags',
      'is longer than 60 characters',
    ],
  ];
  it.each(badQuestions)('rejects %s with its line', (_, question, line, field, message) => {
    const found = problems(parse(quiz(question)));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line, field });
    expect(found[0]?.message).toContain(message);
  });

  it('collects every problem in the file and imports nothing', () => {
    const text = quiz(
      mc(),
      '<question type="essay"><name><text>E</text></name></question>',
      mc('<answer fraction="0"><text>I10</text></answer>\n<answer fraction="0"><text>I11.9</text></answer>'),
      '<question type="matching"><name><text>M</text></name></question>',
    );
    expect(problems(parse(text)).map((p) => p.line)).toEqual([9, 10, 16]);
  });

  it.each([
    ['<quizz><question type="multichoice"/></quizz>', 1, 'the outermost element is <quizz>, not <quiz>'],
    ['<quiz>\n<!-- nothing -->\n</quiz>', 1, 'the file holds no questions'],
    ['<m:quiz xmlns:m="urn:x"/>', 1, 'the outermost element is <m:quiz>, not <quiz>'],
  ])('rejects a file that is no Moodle quiz: %j', (text, line, message) => {
    const [p] = problems(parse(text));
    expect(p?.line).toBe(line);
    expect(p?.message).toContain(message);
  });

  it.each([
    [
      '<quiz>\n<question type="essay">\n</quiz>',
      2,
      'the element <question> opened on line 2 is never closed (</quiz> on line 3 comes first)',
    ],
    ['<quiz>\n<question>\n<name>\n', 3, 'the element <name> opened on line 3 is never closed'],
    ['<quiz>\n</question>\n</quiz>', 2, 'the closing tag </question> does not match <quiz> opened on line 1'],
    ['<quiz>\n<text>R&D</text></quiz>', 2, 'a bare "&" starts no entity; write &amp;'],
    ['<quiz>\n\n<text>&nbsp;</text></quiz>', 3, 'the entity &nbsp; is not defined in XML'],
    ['<quiz>\n<text>&#0;</text></quiz>', 2, '&#0; names a character XML does not allow'],
    ['<quiz>\n<question type=multichoice/></quiz>', 2, 'the value of the attribute type must be in quotes'],
    ['<quiz>\n<question type="a" type="b"/></quiz>', 2, 'the attribute type appears twice in <question>'],
    [
      '<quiz>\n<question type="a"fraction="1"/></quiz>',
      2,
      'must be separated from what comes before by a space',
    ],
    ['<quiz>\n<question type="a<b"/></quiz>', 2, '"<" cannot stand in the value of the attribute type'],
    ['<quiz/>\ntrailing', 2, 'there is text after the end of the root element'],
    ['<quiz/>\n<quiz/>', 2, 'a second root element <quiz>'],
    ['<quiz>\n<!-- open\n\n</quiz>', 2, 'the comment is never closed with -->'],
    ['<quiz>\n<!-- a -- b -->\n</quiz>', 2, 'a comment cannot contain "--"'],
    ['<quiz>\n<text><![CDATA[ open\n</quiz>', 2, 'the CDATA section is never closed with ]]>'],
    ['<quiz>\n<text>a ]]> b</text></quiz>', 2, '"]]>" may only close a CDATA section'],
    ['<quiz>\n<a:b/></quiz>', 2, 'the prefix "a:" is not declared'],
    ['<quiz>\n<text>1 < 2</text></quiz>', 2, '"<" starts no element; write &lt;'],
    ['<quiz>\n<text>\u0007</text></quiz>', 2, 'the file contains a character XML does not allow (U+0007)'],
    ['\n<?xml version="1.0"?><quiz/>', 2, 'the XML declaration <?xml ...?> may only stand at the very start'],
    ['  \n\n', 1, 'the file holds no XML element'],
    ['hello', 1, 'there is text before the first element'],
    [
      '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">\n]>\n<quiz>&lol2;</quiz>',
      2,
      'the DOCTYPE declares entities or elements of its own (an internal subset in [ ])',
    ],
    [
      '<!DOCTYPE quiz SYSTEM "http://example.com/quiz.dtd">\n<quiz>&ext;</quiz>',
      2,
      'the entity &ext; is not defined',
    ],
  ])('reports the line of an XML syntax error: %j', (text, line, message) => {
    const found = problems(parse(text));
    expect(found).toHaveLength(1);
    expect(found[0]?.line).toBe(line);
    expect(found[0]?.message).toContain(message);
    expect(found[0]?.message).toContain('the file is not well-formed XML');
  });

  it('refuses nesting deeper than 256 levels without overflowing the stack', () => {
    const deep = `<quiz>\n${'<a>'.repeat(100_000)}`;
    const [p] = problems(parse(deep));
    expect(p).toMatchObject({ line: 2, message: expect.stringContaining('nested more than 256 deep') });
  });

  it('refuses a file too large to read', { timeout: 30_000 }, () => {
    const [p] = problems(parse(`<quiz>${' '.repeat(50_000_001)}</quiz>`));
    expect(p?.message).toContain('the file is too large');
  });

  it('reads a byte order mark, CRLF and lone CR line endings alike, keeping line numbers', () => {
    const bad = quiz(mc(), '<question type="essay"/>');
    for (const text of [`\uFEFF${bad}`, bad.replace(/\n/g, '\r\n'), bad.replace(/\n/g, '\r')])
      expect(problems(parse(text)).map((p) => p.line)).toEqual([9]);
    const good = bank(parse(`\uFEFF${SAMPLE.replace(/\n/g, '\r\n')}`));
    expect(good).toEqual(bank(parse(SAMPLE.replace(/\n/g, '\r'))));
    expect(good.questions).toHaveLength(5);
  });

  it('keeps markup as data: scripts and event handlers stay inert text in the stem', () => {
    const attack = '<img src=x onerror=alert(1)><script>alert(1)</script>';
    const html = quiz(mc().replace('Which code?', `<![CDATA[${attack}]]>`));
    expect(bank(parse(html)).questions[0]).toMatchObject({ stem: attack, textFormat: 'html' });
    const plain = quiz(
      mc()
        .replace('format="html"', 'format="plain_text"')
        .replace('Which code?', '&lt;script&gt;alert(1)&lt;/script&gt;'),
    );
    expect(bank(parse(plain)).questions[0]).toMatchObject({
      stem: '<script>alert(1)</script>',
      textFormat: 'plain',
    });
  });

  it('is detected by content first and by extension second', () => {
    expect(moodleXmlImporter.detect('export.txt', SAMPLE)).toBe(1);
    expect(moodleXmlImporter.detect('a.xml', '<quiz>\n</quiz>')).toBe(0.8);
    expect(moodleXmlImporter.detect('a.xml', '<other/>')).toBe(0.3);
    expect(moodleXmlImporter.detect('a.csv', 'a,b')).toBe(0);
    expect(moodleXmlImporter.format).toBe('moodle-xml');
    expect(moodleXmlImporter.extensions).toEqual(['xml']);
  });

  const linesOf = (text: string) => normaliseText(text).split('\n').length;
  /** Plain checks rather than expect(): thousands of runs stay fast. */
  const holds = (text: string) => {
    const result = parse(text);
    if (result.ok) return;
    const last = linesOf(text);
    if (result.problems.length === 0) throw new Error('a failed import without problems');
    for (const p of result.problems)
      if (p.line !== null && (p.line < 1 || p.line > last))
        throw new Error(`line ${p.line} is outside 1..${last}`);
  };

  // Generous timeouts: the runs take a couple of seconds, more on a busy machine.
  it('never throws on random text, and every problem has a line inside the file', { timeout: 30_000 }, () => {
    const token = fc.constantFrom(
      '<quiz>',
      '</quiz>',
      '<question type="multichoice">',
      '<question type="category">',
      '</question>',
      '<answer fraction="100">',
      '</answer>',
      '<text>',
      '</text>',
      '<![CDATA[',
      ']]>',
      '<!--',
      '-->',
      '&amp;',
      '&',
      '&#',
      ';',
      '<',
      '>',
      '/>',
      '"',
      "'",
      '=',
      '\n',
      '\r',
      '\r\n',
      '\uFEFF',
      ' ',
      'I10',
      '<!DOCTYPE',
      '[',
      '<?xml version="1.0"?>',
      'xmlns:a="u"',
      '<a:b>',
      '<single>',
      'false',
      '</single>',
    );
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), holds), { numRuns: 600 });
    fc.assert(
      fc.property(
        fc.array(token, { maxLength: 60 }).map((t) => t.join('')),
        holds,
      ),
      { numRuns: 600 },
    );
  });

  it('never throws on mutations of a valid file', { timeout: 30_000 }, () => {
    fc.assert(fc.property(mutationsOf(SAMPLE), holds), { numRuns: 800 });
  });
});
