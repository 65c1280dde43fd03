import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { qtiImporter } from '../../../src/importers/qti';
import { normaliseText } from '../../../src/importers/text';
import { describeProblem, type ImportResult } from '../../../src/importers/types';
import { mutationsOf } from '../../support/fuzz';

const QTI21 = 'http://www.imsglobal.org/xsd/imsqti_v2p1';
const QTI30 = 'http://www.imsglobal.org/xsd/imsqtiasi_v3p0';

const parse = (text: string, fileName = 'htn-item.xml') =>
  qtiImporter.parse({ fileName, text, bankId: 'b1' });
const bank = (result: ImportResult) => {
  if (!result.ok) throw new Error(result.problems.map(describeProblem).join('\n'));
  return result.bank;
};
const problems = (result: ImportResult) => {
  if (result.ok) throw new Error('expected problems');
  return result.problems;
};

/**
 * A QTI 2.1 choice item. Lines: 2 assessmentItem, 3 responseDeclaration, 4 correct values,
 * 6 itemBody, 8 choiceInteraction, 10.. one simpleChoice a line; `after` starts on a line of its own.
 */
const choiceItem = ({
  max = '1',
  correct = ['A1'],
  choices = ['I10', 'I11.9', 'I12.9'],
  stem = '<p>Which code reports <b>essential</b> hypertension?</p>',
  after = '',
} = {}) => `<?xml version="1.0" encoding="UTF-8"?>
<assessmentItem xmlns="${QTI21}" identifier="htn-1" title="Hypertension" adaptive="false" timeDependent="false">
<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier">
<correctResponse>${correct.map((v) => `<value>${v}</value>`).join('')}</correctResponse>
</responseDeclaration>
<itemBody>
${stem}
<choiceInteraction responseIdentifier="RESPONSE" shuffle="false" maxChoices="${max}">
<prompt>Choose one.</prompt>
${choices.map((c, i) => `<simpleChoice identifier="A${i + 1}">${c}</simpleChoice>`).join('\n')}
</choiceInteraction>
</itemBody>${after ? `\n${after}` : ''}
</assessmentItem>
`;

/** A QTI 2.1 text-entry item. Lines: 3 responseDeclaration, 4 correct value, 5.. one mapEntry a line. */
const entryItem = ({
  baseType = 'string',
  correct = 'E11.9',
  entries = [] as string[],
  response = 'R',
} = {}) => `<?xml version="1.0"?>
<assessmentItem xmlns="${QTI21}" identifier="dm2" title="Diabetes">
<responseDeclaration identifier="R" cardinality="single" baseType="${baseType}">
<correctResponse><value>${correct}</value></correctResponse>
${entries.map((e) => `<mapEntry ${e}/>`).join('\n')}
</responseDeclaration>
<itemBody><p>Type 2 diabetes without complications is coded <textEntryInteraction responseIdentifier="${response}" expectedLength="6"/>.</p></itemBody>
</assessmentItem>`;
const withMapping = (entries: string[]) =>
  entryItem({ entries })
    .replace('<mapEntry', '<mapping defaultValue="0"><mapEntry')
    .replace(/(\/>)(\n<\/responseDeclaration>)/, '$1</mapping>$2');

/** Any interaction, on line 6. */
const bodyItem = (interaction: string, ns = QTI21) => `<?xml version="1.0"?>
<assessmentItem xmlns="${ns}" identifier="x" title="X">
<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier"/>
<itemBody>
<p>Stem</p>
${interaction}
</itemBody>
</assessmentItem>`;

const TEST30 = `<?xml version="1.0" encoding="UTF-8"?>
<qti:qti-assessment-test xmlns:qti="${QTI30}" identifier="t1" title="CPC mock exam">
 <qti:qti-test-part identifier="p1" navigation-mode="linear" submission-mode="individual">
  <qti:qti-assessment-section identifier="s1" title="ICD-10-CM" visible="true">
   <qti:qti-assessment-item identifier="dm2" title="Diabetes entry">
    <qti:qti-response-declaration identifier="R" cardinality="single" base-type="string">
     <qti:qti-correct-response><qti:qti-value>E11.9</qti:qti-value></qti:qti-correct-response>
     <qti:qti-mapping default-value="0">
      <qti:qti-map-entry map-key="e11.9" mapped-value="1" case-sensitive="false"/>
      <qti:qti-map-entry map-key="E11.90" mapped-value="1" case-sensitive="false"/>
      <qti:qti-map-entry map-key="E11" mapped-value="0"/>
     </qti:qti-mapping>
    </qti:qti-response-declaration>
    <qti:qti-item-body>Type 2 diabetes without complications is coded <qti:qti-text-entry-interaction response-identifier="R"/>.</qti:qti-item-body>
    <qti:qti-modal-feedback outcome-identifier="FEEDBACK" identifier="correct" show-hide="show">E11.9: type 2 without complications.</qti:qti-modal-feedback>
   </qti:qti-assessment-item>
   <qti:qti-assessment-item identifier="dm-codes" title="Diabetes codes">
    <qti:qti-response-declaration identifier="R" cardinality="multiple" base-type="identifier">
     <qti:qti-correct-response><qti:qti-value>b</qti:qti-value><qti:qti-value>a</qti:qti-value></qti:qti-correct-response>
    </qti:qti-response-declaration>
    <qti:qti-item-body>
     Which are diabetes codes?
     <qti:qti-choice-interaction response-identifier="R" max-choices="0">
      <qti:qti-simple-choice identifier="a">E10.9</qti:qti-simple-choice>
      <qti:qti-simple-choice identifier="b">E11.9</qti:qti-simple-choice>
      <qti:qti-simple-choice identifier="c">I10 &amp; I11</qti:qti-simple-choice>
     </qti:qti-choice-interaction>
    </qti:qti-item-body>
   </qti:qti-assessment-item>
  </qti:qti-assessment-section>
  <qti:qti-assessment-section identifier="s2" title="Anesthesia" visible="true">
   <qti:qti-assessment-item identifier="pcs" title="PCS length">
    <qti:qti-response-declaration identifier="R" cardinality="single" base-type="integer">
     <qti:qti-correct-response><qti:qti-value>7</qti:qti-value></qti:qti-correct-response>
    </qti:qti-response-declaration>
    <qti:qti-item-body><qti:p>Characters in a PCS code: <qti:qti-text-entry-interaction response-identifier="R"/></qti:p></qti:qti-item-body>
   </qti:qti-assessment-item>
  </qti:qti-assessment-section>
 </qti:qti-test-part>
</qti:qti-assessment-test>
`;

describe('QTI importer', () => {
  it('reads a QTI 2.1 choice item: XHTML stem with its prompt, keys by choice order, feedback', () => {
    const b = bank(
      parse(
        choiceItem({
          after:
            '<modalFeedback outcomeIdentifier="FEEDBACK" identifier="A2" showHide="show">Not that one.</modalFeedback>\n<modalFeedback outcomeIdentifier="FEEDBACK" identifier="A1" showHide="show">I10 is <i>essential</i>.</modalFeedback>',
        }),
      ),
    );
    expect(b.title).toBe('htn-item');
    expect(b.questions).toEqual([
      {
        id: 'htn-1',
        bankId: 'b1',
        area: 'uncategorised',
        type: 'single',
        stem: '<p>Which code reports <b>essential</b> hypertension?</p>\n<div>Choose one.</div>',
        textFormat: 'html',
        choices: [
          { id: 'A', text: 'I10' },
          { id: 'B', text: 'I11.9' },
          { id: 'C', text: 'I12.9' },
        ],
        key: 'A',
        rationale: 'I10 is <i>essential</i>.',
        references: [],
        tags: [],
      },
    ]);
  });

  it('reads a plain item body as plain text', () => {
    const q = bank(
      parse(choiceItem({ stem: 'Which code reports   essential\n hypertension?', correct: ['A3'] })),
    ).questions[0];
    expect(q).toMatchObject({
      stem: 'Which code reports essential hypertension?\n\nChoose one.',
      textFormat: 'plain',
      key: 'C',
    });
  });

  it.each([
    ['0', ['A3', 'A1'], ['A', 'C']],
    ['2', ['A2'], ['B']],
  ])('reads maxChoices="%s" as a multiple-answer question', (max, correct, keys) => {
    expect(bank(parse(choiceItem({ max, correct }))).questions[0]).toMatchObject({ type: 'multiple', keys });
  });

  it('reads a QTI 3.0 test with inline items, areas from its sections and its title', () => {
    const b = bank(parse(TEST30, 'mock.qti'));
    expect(b.title).toBe('CPC mock exam');
    expect(b.questions.map((q) => [q.id, q.type, q.area, q.textFormat])).toEqual([
      ['dm2', 'short', 'icd-10-cm', 'plain'],
      ['dm-codes', 'multiple', 'icd-10-cm', 'plain'],
      ['pcs', 'short', 'anesthesia', 'html'],
    ]);
    expect(b.questions[0]).toMatchObject({
      stem: 'Type 2 diabetes without complications is coded _____.',
      accepted: [
        { kind: 'text', text: 'E11.9' },
        { kind: 'text', text: 'E11.90' },
      ],
      caseSensitive: false,
      rationale: 'E11.9: type 2 without complications.',
    });
    expect(b.questions[1]).toMatchObject({
      stem: 'Which are diabetes codes?',
      choices: [{ text: 'E10.9' }, { text: 'E11.9' }, { text: 'I10 & I11' }],
      keys: ['A', 'B'],
    });
    expect(b.questions[2]).toMatchObject({
      stem: '<p>Characters in a PCS code: _____</p>',
      accepted: [{ kind: 'number', value: 7, tolerance: 0 }],
    });
  });

  it('matches elements by namespace, whatever the prefix', () => {
    const prefixed = choiceItem()
      .replace(`xmlns="${QTI21}"`, `xmlns:q="${QTI21}"`)
      .replace(/<(\/?)(?!\?)/g, '<$1q:');
    expect(prefixed).toContain('<q:simpleChoice');
    expect(bank(parse(prefixed)).questions).toEqual(bank(parse(choiceItem())).questions);
    const unprefixed = bank(parse(TEST30.replace('xmlns:qti=', 'xmlns=').replace(/(<\/?)qti:/g, '$1')));
    expect(unprefixed).toEqual(bank(parse(TEST30)));
    const foreign = bodyItem('<x:choiceInteraction xmlns:x="urn:not-qti" responseIdentifier="RESPONSE"/>');
    expect(problems(parse(foreign))[0]).toMatchObject({
      line: 4,
      message: 'item "X": has no interaction, so nothing to answer',
    });
  });

  it('reads QTI 2.2 as QTI 2.1', () => {
    expect(bank(parse(choiceItem().replace('imsqti_v2p1', 'imsqti_v2p2'))).questions).toHaveLength(1);
  });

  it.each([
    [
      'a string answer with a mapping',
      withMapping(['mapKey="e11.9" mappedValue="1" caseSensitive="false"', 'mapKey="E11" mappedValue="0"']),
      [{ kind: 'text', text: 'E11.9' }],
      false,
    ],
    [
      'a case-sensitive mapping',
      withMapping(['mapKey="e11.9" mappedValue="1" caseSensitive="true"']),
      [
        { kind: 'text', text: 'E11.9' },
        { kind: 'text', text: 'e11.9' },
      ],
      true,
    ],
    [
      'a float',
      entryItem({ baseType: 'float', correct: '3.5' }),
      [{ kind: 'number', value: 3.5, tolerance: 0 }],
      false,
    ],
    [
      'an integer',
      entryItem({ baseType: 'integer', correct: '7' }),
      [{ kind: 'number', value: 7, tolerance: 0 }],
      false,
    ],
  ])('reads a text entry: %s', (_, text, accepted, caseSensitive) => {
    expect(bank(parse(text)).questions[0]).toMatchObject({ type: 'short', accepted, caseSensitive });
  });

  it('takes ids from identifiers, else titles, else q1, q2 ...', () => {
    const test = `<assessmentTest xmlns="${QTI21}" identifier="t" title="T">
${[
  choiceItem(),
  choiceItem().replace('identifier="htn-1" ', ''),
  choiceItem().replace('identifier="htn-1" title="Hypertension" ', ''),
  choiceItem(),
]
  .map((i) => i.replace(/<\?xml[^>]*>\n/, '').replace(` xmlns="${QTI21}"`, ''))
  .join('\n')}
</assessmentTest>`;
    expect(bank(parse(test)).questions.map((q) => q.id)).toEqual(['htn-1', 'Hypertension', 'q3', 'htn-1-2']);
  });

  it('takes the rationale from per-choice inline feedback when there is no modal feedback', () => {
    const text = choiceItem({
      choices: [
        'I10<feedbackInline outcomeIdentifier="FB" identifier="A1" showHide="show">Yes: essential.</feedbackInline>',
        'I11.9',
      ],
    });
    expect(bank(parse(text)).questions[0]).toMatchObject({
      choices: [{ text: 'I10' }, { text: 'I11.9' }],
      rationale: 'Yes: essential.',
    });
  });

  it.each([
    [
      'orderInteraction',
      '<orderInteraction responseIdentifier="RESPONSE"><simpleChoice identifier="a">A</simpleChoice></orderInteraction>',
      'an ordering interaction',
    ],
    ['matchInteraction', '<matchInteraction responseIdentifier="RESPONSE"/>', 'a matching interaction'],
    ['hotspotInteraction', '<hotspotInteraction responseIdentifier="RESPONSE"/>', 'a hotspot interaction'],
    [
      'extendedTextInteraction',
      '<extendedTextInteraction responseIdentifier="RESPONSE"/>',
      'an extended text (essay) interaction',
    ],
    ['uploadInteraction', '<uploadInteraction responseIdentifier="RESPONSE"/>', 'a file upload interaction'],
    [
      'gapMatchInteraction',
      '<gapMatchInteraction responseIdentifier="RESPONSE"/>',
      'a gap-match (drag and drop) interaction',
    ],
    [
      'inlineChoiceInteraction',
      '<p><inlineChoiceInteraction responseIdentifier="RESPONSE"/></p>',
      'an inline choice (drop-down) interaction',
    ],
    [
      'weirdInteraction',
      '<weirdInteraction responseIdentifier="RESPONSE"/>',
      'an interaction <weirdInteraction>',
    ],
  ])('rejects a %s, naming it and its line', (name, interaction, kind) => {
    expect(problems(parse(bodyItem(interaction)))).toEqual([
      {
        file: 'htn-item.xml',
        line: 6,
        field: 'itemBody',
        message: `item "X": uses ${kind} (<${name}>), which the simulator cannot run; it imports choice and text-entry items`,
      },
    ]);
  });

  it('rejects a QTI 3.0 order interaction by its qti- name', () => {
    const [p] = problems(
      parse(
        bodyItem('<qti-order-interaction response-identifier="RESPONSE"/>', QTI30).replace(
          /<(\/?)(assessmentItem|responseDeclaration|itemBody|p)\b/g,
          (_, s, n) => `<${s}qti-${n.replace(/[A-Z]/g, (c: string) => `-${c.toLowerCase()}`)}`,
        ),
      ),
    );
    expect(p).toMatchObject({
      line: 6,
      message: expect.stringContaining('uses an ordering interaction (<qti-order-interaction>)'),
    });
  });

  const bad: [string, string, number, string | null, string][] = [
    [
      'two interactions',
      bodyItem(
        '<choiceInteraction responseIdentifier="RESPONSE"/>\n<textEntryInteraction responseIdentifier="RESPONSE"/>',
      ),
      2,
      'itemBody',
      'has 2 interactions (lines 6, 7); a bank question asks one thing',
    ],
    ['no interaction', bodyItem(''), 4, 'itemBody', 'has no interaction'],
    [
      'no itemBody',
      `<assessmentItem xmlns="${QTI21}" identifier="x">\n</assessmentItem>`,
      1,
      'itemBody',
      'has no itemBody',
    ],
    [
      'no response declaration',
      entryItem({ response: 'NOPE' }),
      7,
      'responseDeclaration',
      'the interaction\'s responseIdentifier "NOPE" names no responseDeclaration',
    ],
    [
      'a correct response naming no choice',
      choiceItem({ correct: ['Z9'] }),
      4,
      'correctResponse',
      'the correct response "Z9" names no choice; the choices are A1, A2, A3',
    ],
    [
      'two keys for one choice',
      choiceItem({ correct: ['A1', 'A2'] }),
      2,
      'correctResponse',
      'allows one choice (maxChoices="1") but names 2 correct responses',
    ],
    [
      'no correct response',
      choiceItem({ correct: [] }),
      2,
      'correctResponse',
      'has no correct response, so no choice is the key',
    ],
    ['one choice', choiceItem({ choices: ['I10'] }), 8, 'simpleChoice', 'needs at least 2 choices, has 1'],
    [
      'nine choices',
      choiceItem({ choices: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'] }),
      8,
      'simpleChoice',
      'has 9 choices; at most 8 can be imported',
    ],
    [
      'a repeated identifier',
      choiceItem().replace('identifier="A2"', 'identifier="A1"'),
      11,
      'simpleChoice',
      'the choice identifier "A1" is used twice',
    ],
    ['an empty choice', choiceItem({ choices: ['I10', ' '] }), 11, 'simpleChoice', 'choice B has no text'],
    [
      'a repeated choice',
      choiceItem({ choices: ['I10', 'i10'] }),
      11,
      'simpleChoice',
      'choice B repeats an earlier choice',
    ],
    [
      'a maxChoices that is no number',
      choiceItem({ max: 'one' }),
      8,
      'maxChoices',
      'maxChoices "one" is not a whole number',
    ],
    [
      'a template',
      choiceItem({ after: '<templateDeclaration identifier="T" cardinality="single" baseType="integer"/>' }),
      15,
      null,
      'uses template variables (randomised values)',
    ],
    [
      'no stem',
      choiceItem({ stem: '' }).replace('<prompt>Choose one.</prompt>', ''),
      6,
      'itemBody',
      'has no question text',
    ],
    [
      'a pair base type',
      entryItem({ baseType: 'pair' }),
      3,
      'baseType',
      'a text entry of baseType "pair" cannot be imported',
    ],
    [
      'an integer that is not whole',
      entryItem({ baseType: 'integer', correct: '7.5' }),
      4,
      'correctResponse',
      'the answer "7.5" is not a whole number',
    ],
    [
      'a float that is no number',
      entryItem({ baseType: 'float', correct: 'seven' }),
      4,
      'correctResponse',
      'the answer "seven" is not a number',
    ],
    [
      'a mapped value that is no number',
      withMapping(['mapKey="E11.9" mappedValue="x"']),
      5,
      'mapEntry',
      'the mappedValue "x" is not a number',
    ],
    [
      'a text entry with no answer',
      entryItem({ correct: '' }),
      3,
      'correctResponse',
      'has no correct response, so no answer would be accepted',
    ],
  ];
  it.each(bad)('rejects %s with its line', (_, text, line, field, message) => {
    const found = problems(parse(text));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line, field });
    expect(found[0]?.message).toContain(message);
  });

  it.each([
    [
      `<?xml version="1.0"?>\n<questestinterop>\n<item/>\n</questestinterop>`,
      2,
      'this is a QTI 1.2 file (<questestinterop>)',
    ],
    [
      `<manifest xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"/>`,
      1,
      'this is the manifest of a content package',
    ],
    [
      `<x>\n<assessmentItem xmlns="http://example.com/qti" identifier="a"/>\n</x>`,
      2,
      'is in the namespace "http://example.com/qti", not a QTI 2.1 or 3.0 one',
    ],
    [
      `<assessmentTest xmlns="${QTI21}" identifier="t" title="T"/>`,
      1,
      'the file holds no QTI assessmentItem',
    ],
    [
      `<assessmentTest xmlns="${QTI21}" identifier="t" title="T">\n<testPart identifier="p">\n<assessmentSection identifier="s" title="S">\n<assessmentItemRef identifier="i1" href="items/i1.xml"/>\n</assessmentSection>\n</testPart>\n</assessmentTest>`,
      4,
      'the test refers to the item file "items/i1.xml", which cannot be read from here',
    ],
  ])('rejects a file with no item it can read: %#', (text, line, message) => {
    const [p] = problems(parse(text));
    expect(p?.line).toBe(line);
    expect(p?.message).toContain(message);
  });

  it('collects every problem across the items of a file, importing nothing', () => {
    const text = TEST30.replace('max-choices="0"', 'max-choices="x"').replace(
      '<qti:qti-value>7</qti:qti-value>',
      '<qti:qti-value>seven</qti:qti-value>',
    );
    expect(problems(parse(text)).map((p) => p.line)).toEqual([23, 34]);
  });

  it('reports the line of an XML syntax error', () => {
    const [p] = problems(parse(choiceItem().replace('</prompt>', '</prmpt>')));
    expect(p).toMatchObject({
      line: 9,
      message: expect.stringContaining('the closing tag </prmpt> does not match <prompt> opened on line 9'),
    });
    const [entity] = problems(parse(choiceItem().replace('I11.9', 'I11.9 &eacute;')));
    expect(entity).toMatchObject({
      line: 11,
      message: expect.stringContaining('the entity &eacute; is not defined'),
    });
  });

  it('decodes entities and character references', () => {
    const q = bank(parse(choiceItem({ choices: ['A &amp; B', 'caf&#233;', '&#x3C;x&gt;'] }))).questions[0];
    expect(q).toMatchObject({
      textFormat: 'html',
      choices: [{ text: 'A &amp; B' }, { text: 'café' }, { text: '&lt;x&gt;' }],
    });
    const plain = bank(
      parse(choiceItem({ stem: 'Pick', choices: ['A &amp; B', 'caf&#233;', '&#x3C;x&gt;'] })),
    ).questions[0];
    expect(plain).toMatchObject({
      textFormat: 'plain',
      choices: [{ text: 'A & B' }, { text: 'café' }, { text: '<x>' }],
    });
  });

  it('reads a byte order mark, CRLF and lone CR line endings alike, keeping line numbers', () => {
    const good = bank(parse(choiceItem()));
    expect(bank(parse(`\uFEFF${choiceItem().replace(/\n/g, '\r\n')}`))).toEqual(good);
    expect(bank(parse(choiceItem().replace(/\n/g, '\r')))).toEqual(good);
    const broken = choiceItem({ correct: ['Z9'] });
    for (const text of [`\uFEFF${broken}`, broken.replace(/\n/g, '\r\n'), broken.replace(/\n/g, '\r')])
      expect(problems(parse(text)).map((p) => p.line)).toEqual([4]);
  });

  it('keeps markup as data: scripts and event handlers are carried as text for the sanitiser', () => {
    const html = bank(
      parse(choiceItem({ stem: '<p><img src="x" onerror="alert(1)"/><script>alert(1)</script></p>' })),
    ).questions[0];
    expect(html).toMatchObject({
      textFormat: 'html',
      stem: '<p><img src="x" onerror="alert(1)"><script>alert(1)</script></p>\n<div>Choose one.</div>',
    });
    const plain = bank(parse(choiceItem({ stem: '&lt;img src=x onerror=alert(1)&gt; &lt;script&gt;' })))
      .questions[0];
    expect(plain).toMatchObject({
      textFormat: 'plain',
      stem: '<img src=x onerror=alert(1)> <script>\n\nChoose one.',
    });
  });

  it('is detected by content first and by extension second', () => {
    expect(qtiImporter.detect('item.txt', choiceItem())).toBe(1);
    expect(qtiImporter.detect('a.xml', TEST30)).toBe(1);
    expect(qtiImporter.detect('a.xml', '<questestinterop>')).toBe(0.7);
    expect(qtiImporter.detect('a.qti', '<x/>')).toBe(0.5);
    expect(qtiImporter.detect('a.xml', '<quiz/>')).toBe(0.2);
    expect(qtiImporter.detect('a.gift', '::Q:: x {}')).toBe(0);
    expect(qtiImporter.format).toBe('qti');
    expect(qtiImporter.extensions).toEqual(['xml', 'qti']);
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
      `<assessmentItem xmlns="${QTI21}">`,
      '</assessmentItem>',
      '<itemBody>',
      '</itemBody>',
      '<p>',
      '</p>',
      '<choiceInteraction responseIdentifier="R" maxChoices="1">',
      '</choiceInteraction>',
      '<simpleChoice identifier="a">',
      '</simpleChoice>',
      '<responseDeclaration identifier="R">',
      '<correctResponse><value>a</value></correctResponse>',
      '</responseDeclaration>',
      '<textEntryInteraction responseIdentifier="R"/>',
      `<qti-assessment-item xmlns="${QTI30}">`,
      '<qti-item-body>',
      '<![CDATA[',
      ']]>',
      '&amp;',
      '&',
      '<',
      '>',
      '/>',
      '"',
      '\n',
      '\r',
      '\uFEFF',
      ' ',
      'I10',
      'xmlns:q="u"',
      '<q:x>',
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
    fc.assert(fc.property(mutationsOf(TEST30), holds), { numRuns: 800 });
  });
});
