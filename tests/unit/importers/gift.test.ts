import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Question } from '../../../src/domain/questions';
import { giftImporter } from '../../../src/importers/gift';
import { normaliseText } from '../../../src/importers/text';
import { describeProblem, type ImportResult } from '../../../src/importers/types';

const parse = (text: string, fileName = 'bank.gift') => giftImporter.parse({ fileName, text, bankId: 'b1' });

function bank(text: string): Question[] {
  const result = parse(text);
  if (!result.ok) throw new Error(result.problems.map(describeProblem).join('\n'));
  return [...result.bank.questions];
}

function one(text: string): Question {
  const [q, ...rest] = bank(text);
  if (!q || rest.length > 0) throw new Error(`expected one question, got ${rest.length + (q ? 1 : 0)}`);
  return q;
}

function problems(text: string): string[] {
  const result = parse(text);
  if (result.ok) throw new Error('expected problems, got a bank');
  return result.problems.map(describeProblem);
}

const SAMPLE = String.raw`// Sample GIFT bank for the coding simulator
$CATEGORY: $course$/top/ICD-10-CM

// [tag:hypertension] [id:HTN-1]
::Essential hypertension:: Which code reports essential hypertension? {
  =I10 # I10 is essential (primary) hypertension.
  ~I11.9 # That is hypertensive heart disease.
  ~I15.0
}

::Sites::[html]<p>Which are <b>valid</b> sites?</p> {
  ~%50%Left arm
  ~%50%Right arm
  ~%-100%Nowhere
  #### Both arms are valid.
}

Diabetes codes start with E. {T#They start with E.}

::Code:: Type the code for essential hypertension. {=I10 =I10.0#close enough}

How many digits after the dot in E11.65? {#2:0}

Normal range {#1..5}

The principal diagnosis is listed _____ on the claim.

$CATEGORY: Coding guidelines

::Escapes:: Write 50\% \{braces\} \~ \= \# \: \\ done\nnext {=yes ~no}

A missing {=word ~phrase} here.
`.replace('listed _____ on the claim.', 'listed {=first ~last} on the claim.');

describe('GIFT importer: the grammar', () => {
  it('reads a sample file of every supported type', () => {
    const qs = bank(SAMPLE);
    expect(qs.map((q) => [q.id, q.type, q.area])).toEqual([
      ['Essential-hypertension', 'single', 'icd-10-cm'],
      ['Sites', 'multiple', 'icd-10-cm'],
      ['q3', 'single', 'icd-10-cm'],
      ['Code', 'short', 'icd-10-cm'],
      ['q5', 'short', 'icd-10-cm'],
      ['q6', 'short', 'icd-10-cm'],
      ['q7', 'single', 'icd-10-cm'],
      ['Escapes', 'single', 'coding-guidelines'],
      ['q9', 'single', 'coding-guidelines'],
    ]);
    expect(qs[0]).toMatchObject({
      bankId: 'b1',
      stem: 'Which code reports essential hypertension?',
      textFormat: 'plain',
      choices: [
        { id: 'A', text: 'I10' },
        { id: 'B', text: 'I11.9' },
        { id: 'C', text: 'I15.0' },
      ],
      key: 'A',
      rationale: 'I10 is essential (primary) hypertension.',
      tags: ['hypertension'],
    });
    const result = parse(SAMPLE, 'folder/My bank.gift');
    expect(result.ok && result.bank.title).toBe('My bank');
  });

  it.each<[string, string, Partial<Record<string, unknown>>]>([
    // comments, titles, ids
    [
      'comment lines inside a question',
      '// c\nQ? {=a\n// not an answer\n~b}',
      { stem: 'Q?', choices: [{ text: 'a' }, { text: 'b' }] },
    ],
    ['a // inside a line is text', 'See http://x.org/a {=a ~b}', { stem: 'See http://x.org/a' }],
    ['a title becomes the id', '::Hypertension, essential:: Q {=a ~b}', { id: 'Hypertension-essential' }],
    ['an [id:] comment is the id when there is no title', '// [id:Q-12]\nQ {=a ~b}', { id: 'Q-12' }],
    ['a title wins over [id:]', '// [id:Q-12]\n::T:: Q {=a ~b}', { id: 'T' }],
    ['tags from comments', '// [tag:a] [tag:b]\n// [tag:a]\nQ {=a ~b}', { tags: ['a', 'b'] }],
    ['a title with escaped colons', String.raw`::a\:b:: Q {=a ~b}`, { id: 'a:b' }],
    // text formats
    ['[html]', '[html]<b>Q</b> {=a ~b}', { stem: '<b>Q</b>', textFormat: 'html' }],
    ['[markdown]', '::t::[markdown]**Q** {=a ~b}', { stem: '**Q**', textFormat: 'markdown' }],
    ['[plain]', '[plain]Q {=a ~b}', { stem: 'Q', textFormat: 'plain' }],
    ['[moodle] is plain', '[moodle]Q {=a ~b}', { stem: 'Q', textFormat: 'plain' }],
    ['an unknown [word] is text', '[note] Q {=a ~b}', { stem: '[note] Q', textFormat: 'plain' }],
    [
      'a format tag on a choice',
      'Q {=[html]<i>a</i> ~b}',
      { choices: [{ text: '<i>a</i>' }, { text: 'b' }] },
    ],
    // escapes
    [
      'every escape',
      String.raw`a\~b\=c\#d\{e\}f\:g\\h\ni\x {=\~ ~\=}`,
      { stem: 'a~b=c#d{e}f:g\\h\ni\\x', choices: [{ text: '~' }, { text: '=' }] },
    ],
    [
      'an escaped backslash before a marker',
      String.raw`Q {=a\\ ~b}`,
      { choices: [{ text: 'a\\' }, { text: 'b' }] },
    ],
    [
      'an escaped # is not feedback',
      String.raw`Q {=Code \#1 ~b}`,
      { choices: [{ text: 'Code #1' }, { text: 'b' }] },
    ],
    // multiple choice
    ['single: = marks the key', 'Q {~a =b ~c}', { type: 'single', key: 'B' }],
    ['answers on their own lines', 'Q\n{\n~a\n=b\n}', { type: 'single', key: 'B', stem: 'Q' }],
    ['partial weights beside = keep one key', 'Q {=a ~%50%b ~c}', { type: 'single', key: 'A' }],
    [
      'weighted: positive weights are the keys',
      'Q {~%50%a ~%50%b ~%-100%c}',
      { type: 'multiple', keys: ['A', 'B'] },
    ],
    [
      'weighted with decimals',
      'Q {~%33.3%a ~%33.3%b ~%33.4%c ~%-100%d}',
      { type: 'multiple', keys: ['A', 'B', 'C'] },
    ],
    ['~%100% alone is a pick-several question', 'Q {~%100%a ~b}', { type: 'multiple', keys: ['A'] }],
    [
      'eight choices',
      'Q {=a ~b ~c ~d ~e ~f ~g ~h}',
      { type: 'single', choices: new Array(8).fill(expect.anything()) },
    ],
    ['the right answer feedback is the rationale', 'Q {=a#yes ~b#no}', { rationale: 'yes' }],
    ['general feedback wins', 'Q {=a#yes ~b#no ####because}', { rationale: 'because' }],
    ['several right feedbacks join', 'Q {~%50%a#one ~%50%b#two ~c#no}', { rationale: 'one\ntwo' }],
    // true/false
    ['{T}', 'Q {T}', { type: 'single', choices: [{ text: 'True' }, { text: 'False' }], key: 'A' }],
    ['{TRUE}', 'Q {TRUE}', { key: 'A' }],
    ['{F}', 'Q {F}', { key: 'B' }],
    ['{FALSE}', 'Q {FALSE}', { key: 'B' }],
    ['{false} in lower case', 'Q {false}', { key: 'B' }],
    ['{T#fb} feedback', 'Q {T#explained}', { key: 'A', rationale: 'explained' }],
    ['{F#wrong#right} prefers the right feedback', 'Q {F#wrong#right}', { key: 'B', rationale: 'right' }],
    ['{T####general}', 'Q {T####general}', { key: 'A', rationale: 'general' }],
    // short answer
    [
      'short answer',
      'Q {=I10 =I10.0}',
      {
        type: 'short',
        accepted: [
          { kind: 'text', text: 'I10' },
          { kind: 'text', text: 'I10.0' },
        ],
        caseSensitive: false,
      },
    ],
    [
      'a bare answer is short answer',
      'Q {I10}',
      { type: 'short', accepted: [{ kind: 'text', text: 'I10' }] },
    ],
    ['case repeats collapse', 'Q {=I10 =i10}', { accepted: [{ kind: 'text', text: 'I10' }] }],
    [
      'partial credit answers are left out',
      'Q {=I10 =%50%I1#close}',
      { accepted: [{ kind: 'text', text: 'I10' }], rationale: '' },
    ],
    ['short answer feedback', 'Q {=I10#right}', { rationale: 'right' }],
    // numerical
    [
      'value:tolerance',
      'Q {#3.14:0.01}',
      { type: 'short', accepted: [{ kind: 'number', value: 3.14, tolerance: 0.01 }] },
    ],
    ['a bare value', 'Q {#-2.5e3}', { accepted: [{ kind: 'number', value: -2500, tolerance: 0 }] }],
    [
      'a range is its midpoint and half width',
      'Q {#1..5}',
      { accepted: [{ kind: 'number', value: 3, tolerance: 2 }] },
    ],
    ['a reversed range', 'Q {#5..1}', { accepted: [{ kind: 'number', value: 3, tolerance: 2 }] }],
    [
      'several, only full credit kept',
      'Q {#=3:0 =%50%2:0}',
      { accepted: [{ kind: 'number', value: 3, tolerance: 0 }] },
    ],
    [
      'numerical feedback and wrong feedback',
      'Q {#=3:0#exact ~#wrong}',
      { accepted: [{ kind: 'number', value: 3, tolerance: 0 }], rationale: 'exact' },
    ],
    [
      'numerical on several lines',
      'Q {#\n=3:0\n=%100%4..6\n}',
      {
        accepted: [
          { kind: 'number', value: 3, tolerance: 0 },
          { kind: 'number', value: 5, tolerance: 1 },
        ],
      },
    ],
    // missing word
    ['missing word', 'The {=first ~last} code.', { stem: 'The _____ code.' }],
    [
      'missing word at the start',
      '{=I10 ~I11} is essential hypertension.',
      { stem: '_____ is essential hypertension.' },
    ],
    ['a block at the end leaves no blank', 'Q? {=a ~b}   ', { stem: 'Q?' }],
  ])('%s', (_name, text, expected) => {
    expect(one(text)).toMatchObject(expected);
  });

  it('reads what Moodle itself exports', () => {
    const exported = [
      '// question: 0  name: Switch category to $course$/top/Default for CPC/ICD-10-CM',
      '$CATEGORY: $course$/top/Default for CPC/ICD-10-CM',
      '',
      '',
      '// question: 101  name: HTN',
      '// [id:HTN-1] [tag:cardio] [tag:icd]',
      '::HTN::[html]<p>Code essential hypertension\\: adult, no CKD.</p>{',
      '\t=<p>I10</p> #<p>Primary hypertension.</p>',
      '\t~<p>I11.9</p> #',
      '\t~%-50%<p>I15.0</p>',
      '}',
      '',
      '// question: 102  name: Sites',
      '::Sites::[html]<p>Pick two</p>{',
      '\t~%50%<p>a</p>',
      '\t~%50%<p>b</p>',
      '\t~%-100%<p>c</p>',
      '\t####<p>Both.</p>',
      '}',
      '',
      '// question: 103  name: Digits',
      '::Digits::[moodle]How many characters can an ICD-10-CM code have at most?{#',
      '\t=%100%7:0#',
      '\t~#Count them again.',
      '}',
      '',
      '// question: 104  name: TF',
      '::TF::[moodle]I10 needs a fifth character.{FALSE#No, I10 is complete.#Right.}',
      '',
      '// question: 105  name: Short',
      '::Short::[moodle]Code for essential hypertension?{',
      '\t=%100%I10#',
      '\t=%50%I10.0#Not a valid code.',
      '}',
    ].join('\n');
    expect(bank(exported)).toMatchObject([
      {
        id: 'HTN',
        area: 'icd-10-cm',
        stem: '<p>Code essential hypertension: adult, no CKD.</p>',
        textFormat: 'html',
        type: 'single',
        key: 'A',
        rationale: '<p>Primary hypertension.</p>',
        tags: ['cardio', 'icd'],
      },
      { id: 'Sites', type: 'multiple', keys: ['A', 'B'], rationale: '<p>Both.</p>' },
      {
        id: 'Digits',
        type: 'short',
        accepted: [{ kind: 'number', value: 7, tolerance: 0 }],
        textFormat: 'plain',
      },
      { id: 'TF', type: 'single', key: 'B', rationale: 'Right.' },
      { id: 'Short', type: 'short', accepted: [{ kind: 'text', text: 'I10' }] },
    ]);
  });

  it('$CATEGORY sets the area of the questions after it', () => {
    const qs = bank(
      'Q {T}\n\n$CATEGORY: $course$/top/HCPCS Level II\n\nQ {T}\n\n$CATEGORY: My own/Wound care\nQ {T}',
    );
    expect(qs.map((q) => q.area)).toEqual(['uncategorised', 'hcpcs', 'wound-care']);
  });

  it('makes repeated titles unique and numbers untitled questions by position', () => {
    const qs = bank('::A:: Q {T}\n\nQ {T}\n\n::A:: Q {T}');
    expect(qs.map((q) => q.id)).toEqual(['A', 'q2', 'A-2']);
  });

  it('accepts a byte order mark, CRLF and lone CR line endings alike', () => {
    const lf = bank(SAMPLE);
    expect(bank(`\uFEFF${SAMPLE}`)).toEqual(lf);
    expect(bank(SAMPLE.replace(/\n/g, '\r\n'))).toEqual(lf);
    expect(bank(SAMPLE.replace(/\n/g, '\r'))).toEqual(lf);
    const bad = 'Q {T}\n\nQ {=a ~b';
    for (const text of [bad, `\uFEFF${bad.replace(/\n/g, '\r\n')}`, bad.replace(/\n/g, '\r')])
      expect(problems(text)).toEqual(['bank.gift:3: the answer block opened on line 3 is never closed']);
  });

  it('keeps markup as inert data', () => {
    const [plain, html] = bank(
      '<img src=x onerror=alert(1)> Which? {=<script>alert(1)</script> ~b}\n\n[html]<script>alert(2)</script><p>Q</p> {T}',
    );
    expect(plain).toMatchObject({
      stem: '<img src=x onerror=alert(1)> Which?',
      textFormat: 'plain',
      choices: [{ text: '<script>alert(1)</script>' }, { text: 'b' }],
    });
    expect(html).toMatchObject({ stem: '<script>alert(2)</script><p>Q</p>', textFormat: 'html' });
  });
});

describe('GIFT importer: what it rejects', () => {
  it.each<[string, string, string[]]>([
    [
      'matching',
      'Q {T}\n\n::M:: Match {\n=a -> 1\n=b -> 2\n}',
      ['bank.gift:3: question 2 ("M") is a matching question'],
    ],
    ['essay', '// c\n\nWrite about it. {}', ['bank.gift:3: question 1 is an essay question']],
    ['essay with general feedback', 'Write. {####fb}', ['bank.gift:1: question 1 is an essay question']],
    ['description', 'Q {T}\n\nJust some text\nover two lines', ['bank.gift:3: question 2 is a description']],
    [
      'more than 8 choices',
      'Q {\n=a\n~b\n~c\n~d\n~e\n~f\n~g\n~h\n~i\n~j\n}',
      ['bank.gift:10: question 1 has 10 choices; the simulator allows at most 8 (choice 9 is on line 10)'],
    ],
    [
      'an unclosed block',
      '\n\nQ\n{=a\n~b',
      ['bank.gift:4: the answer block opened on line 4 is never closed'],
    ],
    [
      'an unclosed block running into the next question',
      'Q {=a ~b\nQ2 {=c ~d}',
      ['bank.gift:1: the answer block opened on line 1 is never closed (another "{" opens on line 2'],
    ],
    ['a stray }', 'Q } {=a ~b}', ['bank.gift:1: a closing "}" on line 1 has no opening "{"']],
    [
      'a stray } after the block',
      'Q {=a ~b}\nand }',
      ['bank.gift:2: a closing "}" on line 2 has no opening "{"'],
    ],
    [
      'a second block',
      'Q {=a ~b} and\n{=c ~d}',
      ['bank.gift:2: question 1 has a second answer block on line 2'],
    ],
    [
      'an unclosed title',
      '\n::Title Q {=a ~b}',
      ['bank.gift:2: the title opened with "::" on line 2 is never closed'],
    ],
    [
      'no correct choice',
      'Q {\n~a\n~b}',
      [
        'bank.gift:1: the answer block opened on line 1 has no correct answer: mark the right choice with "="',
      ],
    ],
    [
      'only negative weights',
      'Q {~%-50%a ~%0%b}',
      ['bank.gift:1: the answer block opened on line 1 has no correct answer'],
    ],
    [
      'no full-credit short answer',
      'x\nQ {=%50%a}',
      ['bank.gift:2: the answer block opened on line 2 has no correct answer'],
    ],
    [
      'no full-credit number',
      'Q {#=%50%3}',
      ['bank.gift:1: the answer block opened on line 1 has no correct answer'],
    ],
    [
      'an empty numerical block',
      'Q {#}',
      ['bank.gift:1: the numerical answer block opened on line 1 has no answer'],
    ],
    [
      'not a number',
      'Q {#\n=three\n}',
      ['bank.gift:2: question 1: the numerical answer "three" is not a number'],
    ],
    ['a bad range', 'Q {#1..x}', ['bank.gift:1: question 1: the range "1..x" must be two numbers']],
    [
      'a negative tolerance',
      'Q {#3:-1}',
      ['bank.gift:1: question 1: "3:-1" must be a number and a tolerance of zero or more'],
    ],
    [
      'two = in a choice question',
      'Q {\n=a\n=b\n~c}',
      ['bank.gift:3: question 1 marks 2 choices right with "="'],
    ],
    ['one choice', 'Q {=a ~}', ['bank.gift:1: choice 2 of question 1 is empty']],
    ['fewer than 2 choices', 'Q {~%100%a}', ['bank.gift:1: question 1 needs at least 2 choices']],
    [
      'a repeated choice',
      'Q {=I10\n~i10}',
      ['bank.gift:2: choice 2 of question 1 repeats an earlier choice'],
    ],
    ['no question text', '::T:: {T}', ['bank.gift:1: question 1 ("T") has no question text']],
    ['an empty short answer', 'Q {=a =}', ['bank.gift:1: answer 2 of question 1 is empty']],
  ])('%s', (_name, text, expected) => {
    const found = problems(text);
    expect(found).toHaveLength(expected.length);
    expected.forEach((e, i) => {
      expect(found[i]).toContain(e);
    });
  });

  it('collects every problem in the file and imports nothing', () => {
    const found = problems('Q1 {=a ~b}\n\nEssay {}\n\nQ3 {~a ~b}\n\nMatch {=a -> b}\n\nQ5 {=a\n\nQ6 {T}');
    expect(found).toEqual([
      'bank.gift:3: question 2 is an essay question (an empty answer block "{}"), which the simulator cannot run; remove it or give it answers',
      'bank.gift:5: the answer block opened on line 5 has no correct answer: mark the right choice with "=", or give the right choices a weight such as ~%50%',
      'bank.gift:7: question 4 is a matching question (pairs written with "->"), which the simulator cannot run; remove it or rewrite it as multiple choice',
      'bank.gift:9: the answer block opened on line 9 is never closed',
    ]);
  });

  it.each(['', '   \n\n', '// only a comment\n// and another', '$CATEGORY: x'])(
    'a file with no questions: %j',
    (text) => {
      const result = parse(text);
      expect(result).toMatchObject({
        ok: false,
        problems: [{ line: null, message: 'the file has no questions' }],
      });
    },
  );
});

describe('GIFT importer: detection', () => {
  it.each<[string, string, number, number]>([
    ['bank.gift', SAMPLE, 1, 1],
    ['bank.txt', SAMPLE, 0.9, 1],
    ['bank.txt', 'Q {=a ~b}', 0.7, 0.9],
    ['bank.gift', 'Just text', 0.4, 0.6],
    ['bank.txt', 'Which code?\nA. I10\nB. I11\nANSWER: A', 0, 0],
    ['bank.json', '{"format": "coding-exam-bank", "questions": [{"stem": "x={a}"}]}', 0, 0],
    ['bank.xml', '<?xml version="1.0"?><quiz><question type="multichoice"/></quiz>', 0, 0],
    ['bank.csv', 'stem,a,b\nQ,x,y', 0, 0],
  ])('%s: %j', (fileName, text, min, max) => {
    const score = giftImporter.detect(fileName, text);
    expect(score).toBeGreaterThanOrEqual(min);
    expect(score).toBeLessThanOrEqual(max);
  });
});

/** Parse never throws; it returns a bank the simulator can run or problems on real lines. */
function checkResult(text: string, result: ImportResult): void {
  if (result.ok) {
    expect(result.bank.questions.length).toBeGreaterThan(0);
    const ids = new Set<string>();
    for (const q of result.bank.questions) {
      expect(q.stem.trim()).not.toBe('');
      expect(ids.has(q.id)).toBe(false);
      ids.add(q.id);
      if (q.type === 'single' || q.type === 'multiple') {
        expect(q.choices.length).toBeGreaterThanOrEqual(2);
        expect(q.choices.length).toBeLessThanOrEqual(8);
        const letters = q.choices.map((c) => c.id);
        const keys = q.type === 'single' ? [q.key] : q.keys;
        expect(keys.length).toBeGreaterThan(0);
        for (const k of keys) expect(letters).toContain(k);
        for (const c of q.choices) expect(c.text.trim()).not.toBe('');
      }
      if (q.type === 'short') {
        expect(q.accepted.length).toBeGreaterThan(0);
        for (const a of q.accepted) {
          if (a.kind === 'text') expect(a.text.trim()).not.toBe('');
          else expect(Number.isFinite(a.value) && a.tolerance >= 0).toBe(true);
        }
      }
    }
    return;
  }
  const lines = normaliseText(text).split('\n').length;
  expect(result.problems.length).toBeGreaterThan(0);
  for (const p of result.problems) {
    if (p.line === null) continue;
    expect(p.line).toBeGreaterThanOrEqual(1);
    expect(p.line).toBeLessThanOrEqual(lines);
  }
}

const GRAMMAR_CHARS = [
  '{',
  '}',
  '~',
  '=',
  '#',
  ':',
  '\\',
  '%',
  '-',
  '>',
  '.',
  '/',
  '$',
  'T',
  'F',
  '1',
  'a',
  ' ',
  '\n',
  '\r',
  '[',
  ']',
];

describe('GIFT importer: hostile input stays linear', () => {
  it.each([
    ['50,000 choices', `Q {${'~%50%a'.repeat(50_000)}}`],
    ['5,000 questions', 'Q {=a ~b ~c}\n\n'.repeat(5_000)],
    ['a 2 MB line', `${'x'.repeat(2_000_000)} {T}`],
    ['300,000 escaped braces', `Q ${'\\{'.repeat(300_000)} {=a ~b}`],
    ['300,000 opening braces', `Q ${'{'.repeat(300_000)}`],
    ['half a million #', `Q {=a${'#'.repeat(500_000)}}`],
    ['a comment of unclosed [id:', `// ${'[id:'.repeat(50_000)}\nQ {T}`],
  ])(
    '%s',
    (_name, text) => {
      const result = parse(text);
      expect(result.ok || result.problems.length > 0).toBe(true);
    },
    20_000,
  );
});

describe('GIFT importer: fuzz', () => {
  it('never throws on random text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        checkResult(text, parse(text));
      }),
      { numRuns: 500 },
    );
  }, 30_000);

  it('never throws on random text made of GIFT punctuation', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...GRAMMAR_CHARS), maxLength: 200 }), (text) => {
        checkResult(text, parse(text));
      }),
      { numRuns: 700 },
    );
  }, 30_000);

  it('never throws on mutations of a valid file', () => {
    const edit = fc.record({
      kind: fc.constantFrom('delete', 'insert', 'duplicate', 'deleteLine', 'duplicateLine', 'swapLines'),
      at: fc.nat(),
      other: fc.nat(),
      text: fc.oneof(fc.constantFrom(...GRAMMAR_CHARS), fc.string({ maxLength: 4 })),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
        let text = SAMPLE;
        for (const e of edits) {
          const lines = text.split('\n');
          const i = e.at % (text.length + 1);
          const l = e.at % lines.length;
          const m = e.other % lines.length;
          if (e.kind === 'delete') text = text.slice(0, i) + text.slice(i + 1 + (e.other % 3));
          else if (e.kind === 'insert') text = text.slice(0, i) + e.text + text.slice(i);
          else if (e.kind === 'duplicate')
            text = text.slice(0, i) + text.slice(i, i + 1 + (e.other % 5)) + text.slice(i);
          else if (e.kind === 'deleteLine') text = lines.filter((_, k) => k !== l).join('\n');
          else if (e.kind === 'duplicateLine')
            text = [...lines.slice(0, l + 1), ...lines.slice(l)].join('\n');
          else {
            const [a, b] = [lines[l] ?? '', lines[m] ?? ''];
            lines[l] = b;
            lines[m] = a;
            text = lines.join('\n');
          }
        }
        checkResult(text, parse(text));
      }),
      { numRuns: 800 },
    );
  }, 30_000);
});
