import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aikenImporter } from '../../../src/importers/aiken';
import { csvImporter, parseCsv } from '../../../src/importers/csv';
import { describeProblem, type ImportResult } from '../../../src/importers/types';
import { anyText, applyEdits, editOf, lineCount } from '../../support/fuzz';

const HEADER = 'id,area,type,stem,A,B,C,D,E,F,key,rationale,references,tags';
const MOODLE = 'questionname,questiontext,A,B,C,D,Answer 1,Answer 2';

// Fuzzing takes about a second alone; the margin is for a busy machine.
const FUZZ_TIMEOUT = 20_000;
const parse = (text: string, fileName = 'bank.csv') => parseCsv({ fileName, text, bankId: 'b1' });
const questionsOf = (result: ImportResult) => {
  if (!result.ok) throw new Error(result.problems.map(describeProblem).join('\n'));
  return result.bank.questions;
};
const problemsOf = (result: ImportResult) => {
  if (result.ok) throw new Error('expected problems');
  return result.problems.map(describeProblem);
};

const SAMPLE = [
  HEADER,
  'htn-1,ICD-10-CM,single,"Which code reports',
  'essential hypertension?",I10,I11.9,I12.9,I15.0,,,A,I10 is essential hypertension.,ICD-10-CM I10|Guidelines I.C.9,htn|cardio',
  ',,multiple,"Pick the ""combination"" codes",I11.9,I10,I13.0,,,,B|C,,,',
  ',anatomy,short,Code for essential hypertension?,,,,,,,I10|I10.,,,',
  '',
].join('\n');

describe('CSV: the simulator layout', () => {
  it('reads every column, a stem spanning lines and doubled quotes', () => {
    const [single, multiple, short] = questionsOf(parse(SAMPLE));
    expect(single).toEqual({
      id: 'htn-1',
      bankId: 'b1',
      area: 'icd-10-cm',
      type: 'single',
      stem: 'Which code reports\nessential hypertension?',
      textFormat: 'plain',
      choices: [
        { id: 'A', text: 'I10' },
        { id: 'B', text: 'I11.9' },
        { id: 'C', text: 'I12.9' },
        { id: 'D', text: 'I15.0' },
      ],
      key: 'A',
      rationale: 'I10 is essential hypertension.',
      references: ['ICD-10-CM I10', 'Guidelines I.C.9'],
      tags: ['htn', 'cardio'],
    });
    expect(multiple).toMatchObject({
      id: 'q2',
      area: 'uncategorised',
      type: 'multiple',
      stem: 'Pick the "combination" codes',
      keys: ['B', 'C'],
    });
    expect(short).toMatchObject({
      id: 'q3',
      area: 'anatomy',
      type: 'short',
      accepted: [
        { kind: 'text', text: 'I10' },
        { kind: 'text', text: 'I10.' },
      ],
      caseSensitive: false,
    });
  });

  it.each([
    ['A|C', ['A', 'C']],
    ['A, C', ['A', 'C']],
    ['a c', ['A', 'C']],
    ['C|A|C', ['C', 'A']],
  ])('reads multiple keys written %j', (key, keys) => {
    const [q] = questionsOf(parse(`stem,type,A,B,C,key\nPick,multiple,x,y,z,"${key}"\n`));
    expect(q).toMatchObject({ type: 'multiple', keys });
  });

  it('takes the header in any case, order and spacing; id, area, type, E, F and the rest are optional', () => {
    const [q] = questionsOf(parse(' KEY , Stem ,a,B\nb,Which?,yes,no\n'));
    expect(q).toMatchObject({ id: 'q1', area: 'uncategorised', type: 'single', key: 'B', rationale: '' });
  });

  it('uses E and F when filled', () => {
    const [q] = questionsOf(parse(`${HEADER}\n,,,Which?,a,b,c,d,e,f,F,,,\n`));
    expect(q).toMatchObject({ type: 'single', key: 'F' });
    if (q?.type !== 'single') throw new Error('expected single');
    expect(q.choices).toHaveLength(6);
  });

  it('skips empty and blank rows, and makes repeated ids unique', () => {
    const text = `\n${HEADER}\n\nq,,,One?,a,b,,,,,A,,,\n  \n,,,,,,,,,,,,,\nq,,,Two?,a,b,,,,,B,,,\n\n`;
    expect(questionsOf(parse(text)).map((q) => q.id)).toEqual(['q', 'q-2']);
  });

  it('makes ids safe and reads a known area label', () => {
    const [q] = questionsOf(parse(`${HEADER}\nQ 1/a?,Evaluation and Management,,Which?,a,b,,,,,A,,,\n`));
    expect(q).toMatchObject({ id: 'Q-1-a', area: 'evaluation-management' });
  });
});

describe('CSV: Moodle layout', () => {
  const text = [
    MOODLE,
    'Question1,The dmesg command,Shows logins,Shows syslog,kernel log messages,Shows daemon log,C,',
    'Question2,"The command ""mknod myfifo b 4 16""",Block if root,Block for all,FIFO if not root,"None ,of the mentioned",A,B',
  ].join('\n');

  it('reads Answer 1 as the key and makes a question with Answer 2 multiple', () => {
    const [one, two] = questionsOf(parse(text));
    expect(one).toMatchObject({ id: 'Question1', type: 'single', key: 'C', area: 'uncategorised' });
    expect(two).toMatchObject({
      id: 'Question2',
      type: 'multiple',
      keys: ['A', 'B'],
      stem: 'The command "mknod myfifo b 4 16"',
    });
    if (two?.type !== 'multiple') throw new Error('expected multiple');
    expect(two.choices[3]?.text).toBe('None ,of the mentioned');
  });

  it('names the Answer column a bad key is in', () => {
    expect(problemsOf(parse(`${MOODLE}\nq,Text,a,b,,,A,C\n`))).toEqual([
      'bank.csv:2 (field Answer 2): key "C" names no choice: only A-B are filled',
    ]);
  });
});

describe('CSV: delimiters, byte order mark and line endings', () => {
  it.each([
    ['semicolon', ';'],
    ['tab', '\t'],
    ['pipe', '|'],
    ['comma', ','],
  ])('detects a %s delimiter from the header', (_name, d) => {
    const text = `${['stem', 'A', 'B', 'key'].join(d)}\n${['"Which, if; any?"', 'a', 'b', 'B'].join(d)}`;
    expect(questionsOf(parse(text))).toMatchObject([{ stem: 'Which, if; any?', key: 'B' }]);
  });

  it("follows Excel's sep= line", () => {
    expect(questionsOf(parse('sep=;\nstem;A;B;key\nWhich, if any?;a;b;A\n'))).toHaveLength(1);
  });

  it.each([
    ['a byte order mark', (t: string) => `\uFEFF${t}`],
    ['CRLF', (t: string) => t.replace(/\n/g, '\r\n')],
    ['lone CR', (t: string) => t.replace(/\n/g, '\r')],
  ])('reads %s and keeps physical line numbers', (_name, encode) => {
    expect(questionsOf(parse(encode(SAMPLE)))[0]?.stem).toBe('Which code reports\nessential hypertension?');
    const bad = `${SAMPLE},,,"Two\n\nline",a,b,,,,,E,,,\n`;
    expect(problemsOf(parse(encode(bad)))).toEqual([
      'bank.csv:6 (field key): key "E" names no choice: only A-B are filled',
    ]);
  });
});

describe('CSV: rejections name the physical line and the column', () => {
  const row = (cells: string) => `${HEADER}\n"multi\nline\nstem",,,x,a,b,,,,,A,,,\n\n${cells}\n`;
  it.each([
    [',,,Which?,a,b,c,d,,,E,,,', 'bank.csv:6 (field key): key "E" names no choice: only A-D are filled'],
    [',,,Which?,a,b,,,,,X1,,,', 'bank.csv:6 (field key): key "X1" is not a choice letter from A to H'],
    [',,,Which?,a,b,,,,,,,,', 'bank.csv:6 (field key): is empty: give the letter of the correct choice'],
    [
      ',,single,Which?,a,b,,,,,A|B,,,',
      'bank.csv:6 (field key): key "A|B" names 2 choices: a single question has one; set type to multiple for more',
    ],
    [
      ',,essay,Discuss.,,,,,,,,,,',
      'bank.csv:6 (field type): type "essay" is not a question type the simulator can run: use single, multiple or short',
    ],
    [
      ',,case,Code this record,,,,,,,I10,,,',
      'bank.csv:6 (field type): case questions cannot be imported from CSV: save them in the native JSON bank format',
    ],
    [
      ',,,Which?,a,,c,,,,A,,,',
      'bank.csv:6 (field B): choice B is empty but C is filled: fill the choices in order from A',
    ],
    [',,,Which?,a,,,,,,A,,,', 'bank.csv:6 (field B): a choice question needs at least 2 choices, found 1'],
    [',,,Which?,I10,i10 ,,,,,A,,,', 'bank.csv:6 (field B): choice B repeats choice A'],
    [',,,,a,b,,,,,A,,,', 'bank.csv:6 (field stem): the question text is empty'],
    [
      ',,short,Code?,I10,,,,,,I10,,,',
      'bank.csv:6 (field A): a short-answer question has no choices, but column A is filled',
    ],
    [
      ',,short,Code?,,,,,,,,,,',
      'bank.csv:6 (field key): is empty: give the accepted answers separated by "|"',
    ],
    [
      ',,,Which?,a,b,,,,,A,,,,extra',
      'bank.csv:6: this row has a value in column 15, which has no header; text containing a comma must be in double quotes',
    ],
    [
      ',,,"Which?" he said,a,b,,,,,A,,,',
      'bank.csv:6: a quoted field has text after its closing quote; write a quote inside a quoted field as two ("")',
    ],
    [
      ',,,Which?,a,b,,,,,A,,,\n\n,,,"never\nclosed,a,b,,,,,A,,,',
      'bank.csv:8: a quoted field opened here is never closed with a double quote',
    ],
  ])('%j', (cells, message) => {
    expect(problemsOf(parse(row(cells)))).toEqual([message]);
  });

  it.each([
    [
      'question,answer\nWhich?,A',
      'bank.csv:1: the first row is not a header this simulator reads: expected the simulator\'s header "id,area,type,stem,A,B,C,D,E,F,key,rationale,references,tags" or Moodle\'s CSV header "questionname,questiontext,A,B,C,D,Answer 1,Answer 2"',
    ],
    [
      '\n\nstem,A,B,key,explanation\nx,a,b,A,y',
      'bank.csv:3 (field explanation): column "explanation" is not one this layout has; expected the simulator\'s header "id,area,type,stem,A,B,C,D,E,F,key,rationale,references,tags" or Moodle\'s CSV header "questionname,questiontext,A,B,C,D,Answer 1,Answer 2"',
    ],
    ['stem,A,B\nx,a,b', 'bank.csv:1: the header has no "key" column'],
    ['stem,A,B,key,key\nx,a,b,A,A', 'bank.csv:1 (field key): column "key" appears twice'],
    ['stem,A,C,key\nx,a,b,A', 'bank.csv:1 (field C): choice column C comes without column B'],
    ['stem,A,B,key\n\n', 'bank.csv:1: the file has a header but no questions'],
    [' \n\n', 'bank.csv: the file is empty'],
  ])('rejects a bad header: %j', (text, message) => {
    expect(problemsOf(parse(text))).toEqual([message]);
  });

  it('reports every problem in the file and imports nothing', () => {
    const text = `${HEADER}\n,,,Which?,a,b,,,,,E,,,\n,,,Fine?,a,b,,,,,A,,,\n,,matching,Match,,,,,,,,,,\n,,,,a,a,,,,,A,,,\n`;
    expect(problemsOf(parse(text))).toEqual([
      'bank.csv:2 (field key): key "E" names no choice: only A-B are filled',
      'bank.csv:4 (field type): type "matching" is not a question type the simulator can run: use single, multiple or short',
      'bank.csv:5 (field stem): the question text is empty',
      'bank.csv:5 (field B): choice B repeats choice A',
    ]);
  });
});

describe('CSV: markup stays data', () => {
  it('keeps an injection attempt as text, marked html for the sanitiser', () => {
    const stem = '<img src=x onerror=alert(1)> Which code?';
    const [q] = questionsOf(
      parse(`${HEADER}\n,,,"${stem}",<script>alert(1)</script>,b,,,,,A,<b>why</b>,,\n`),
    );
    expect(q).toMatchObject({
      stem,
      textFormat: 'html',
      choices: [{ text: '<script>alert(1)</script>' }, { text: 'b' }],
      rationale: '<b>why</b>',
    });
  });

  it('keeps text with angle brackets that is not markup plain', () => {
    const [q] = questionsOf(parse(`${HEADER}\n,,,Is BMI < 25 or <E66.9>?,yes,no,,,,,A,,,\n`));
    expect(q).toMatchObject({ textFormat: 'plain', stem: 'Is BMI < 25 or <E66.9>?' });
  });
});

describe('CSV: detection', () => {
  it.each([
    ['export.txt', SAMPLE, 0.95],
    ['anything', `${MOODLE}\n`, 0.95],
    ['bank.tsv', 'stem\tA\tB\tkey\n', 0.95],
    ['bank.csv', 'what,is,this\n', 0.5],
    ['bank.txt', 'Which?\nA. a\nB. b\nANSWER: A\n', 0.1],
    ['bank.json', '{"format": "coding-exam-bank"}', 0],
  ])('%s', (fileName, text, score) => {
    expect(csvImporter.detect(fileName, text)).toBe(score);
  });

  it('the simulator layout outranks Aiken on a .txt spreadsheet', () => {
    expect(csvImporter.detect('bank.txt', SAMPLE)).toBeGreaterThan(aikenImporter.detect('bank.txt', SAMPLE));
  });

  it('names the bank after the file', () => {
    const result = parse(SAMPLE, 'Coding drills.v2.csv');
    expect(result.ok && result.bank.title).toBe('Coding drills.v2');
  });
});

describe('CSV: never throws', () => {
  const check = (text: string) => {
    const result = parse(text);
    if (result.ok) return;
    expect(result.problems.length).toBeGreaterThan(0);
    for (const p of result.problems) {
      if (p.line === null) continue;
      expect(p.line).toBeGreaterThanOrEqual(1);
      expect(p.line).toBeLessThanOrEqual(lineCount(text));
    }
  };
  const tricky = fc.constantFrom(
    '"',
    ',',
    ';',
    '\t',
    '|',
    '\n',
    '\r',
    '\r\n',
    ' ',
    'A',
    'E',
    'x',
    '\uFEFF',
    '""',
  );
  const edit = editOf(tricky);

  it(
    'on random text',
    () => {
      fc.assert(fc.property(anyText, check), { numRuns: 500 });
      fc.assert(
        fc.property(
          fc.array(fc.oneof(tricky, fc.constantFrom(HEADER, MOODLE, 'stem,A,B,key')), { maxLength: 60 }),
          (parts) => check(parts.join('')),
        ),
        { numRuns: 500 },
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    'on mutations of a valid file',
    () => {
      const base = `${SAMPLE}${MOODLE}\nq,Text,a,b,c,d,A,B\n`;
      for (const sample of [SAMPLE, base]) {
        fc.assert(
          fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) =>
            check(applyEdits(sample, edits)),
          ),
          { numRuns: 500 },
        );
      }
    },
    FUZZ_TIMEOUT,
  );
});
