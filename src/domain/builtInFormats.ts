import type { BlueprintRow, CatalogFacts, ExamFormat, FormatPart, FormatSource } from './formats';

// Every figure here comes from shared/EXAM-FORMATS.md (the source article's defaults, plus the
// newer AAPC formats labelled as such). Components read them; none is written in a component.

const ARTICLE: FormatSource = { label: 'Medical coding certificate guide (source article)', date: '2026' };
const AAPC_NEWER: FormatSource = {
  label: "AAPC's current exam pages, as stored in public copies: verify before relying on them",
  date: '2025',
};

const DERIVED_150 =
  "Derived from AAPC's published split for the 100-question CPC, scaled by 1.5; not AAPC's own figures for the 150-question exam.";
const ASSUMED_PER_EXAM =
  'The source gives no area split for this exam: the CPC-derived 150-question blueprint is used. Copy the format to change it.';

const row = (area: string, count: number): BlueprintRow => ({ area, count });

const SURGERY = [
  'surgery-integumentary',
  'surgery-musculoskeletal',
  'surgery-respiratory-cardiovascular',
  'surgery-digestive',
  'surgery-urinary-genital',
  'surgery-nervous-sensory',
] as const;

const BLUEPRINT_150: readonly BlueprintRow[] = [
  ...SURGERY.map((area) => row(area, 9)),
  row('evaluation-management', 9),
  row('anesthesia', 6),
  row('radiology', 9),
  row('pathology-laboratory', 9),
  row('medicine', 9),
  row('medical-terminology', 6),
  row('anatomy', 6),
  row('icd-10-cm', 15),
  row('hcpcs', 9),
  row('coding-guidelines', 9),
  row('compliance', 9),
];

const BLUEPRINT_100: readonly BlueprintRow[] = [
  ...SURGERY.map((area) => row(area, 6)),
  row('evaluation-management', 6),
  row('anesthesia', 4),
  row('radiology', 6),
  row('pathology-laboratory', 6),
  row('medicine', 6),
  row('medical-terminology', 4),
  row('anatomy', 4),
  row('icd-10-cm', 10),
  row('hcpcs', 6),
  row('coding-guidelines', 6),
  row('compliance', 6),
];

const CIC_CHOICE_60: readonly BlueprintRow[] = [
  row('icd-10-cm', 12),
  row('icd-10-pcs', 14),
  row('inpatient-guidelines', 12),
  row('inpatient-payment', 10),
  row('anatomy', 4),
  row('medical-terminology', 4),
  row('compliance', 4),
];

const CIC_CHOICE_40: readonly BlueprintRow[] = [
  row('icd-10-cm', 8),
  row('icd-10-pcs', 10),
  row('inpatient-guidelines', 8),
  row('inpatient-payment', 6),
  row('anatomy', 2),
  row('medical-terminology', 3),
  row('compliance', 3),
];

const CMCS_100: readonly BlueprintRow[] = [
  ...SURGERY.map((area) => row(area, 5)),
  row('evaluation-management', 8),
  row('anesthesia', 8),
  row('radiology', 8),
  row('pathology-laboratory', 6),
  row('medicine', 6),
  row('icd-10-cm', 10),
  row('hcpcs', 6),
  row('coding-guidelines', 6),
  row('compliance', 4),
  row('billing-reimbursement', 8),
];

const choicePart = (blueprint: readonly BlueprintRow[]): FormatPart => ({
  id: 'choice',
  kind: 'choice',
  title: 'Multiple choice',
  blueprint,
});
const casePart = (count: number): FormatPart => ({
  id: 'cases',
  kind: 'case',
  title: 'Inpatient coding cases',
  blueprint: [row('inpatient-case', count)],
});

const CODE_BOOKS = 'Code books (CPT, ICD-10-CM, HCPCS Level II) as the exam allows; no notes.';
const INPATIENT_BOOKS = 'Code books (ICD-10-CM, ICD-10-PCS) as the exam allows; no notes.';
const EXPERIENCED = 'Two years of coding experience and an associate degree recommended.';

const aapcMemberPricing = (retakeWho: 'members' | 'everyone', retakeNote: string): CatalogFacts => ({
  prices: [
    { usd: 399, membership: 'non-member', delivery: 'any' },
    { usd: 325, membership: 'member', delivery: 'any' },
  ],
  feeNote: '$399; AAPC members $325.',
  membershipRequired: false,
  retakes: { free: 1, who: retakeWho, withinMonths: null },
  retakeNote,
  eligibility: '',
  allowedReferences: CODE_BOOKS,
  extras: [],
});

const specialty = (id: string, code: string, name: string): ExamFormat => ({
  id,
  code,
  name,
  body: 'AAPC',
  summary: `AAPC specialty certification: ${name.toLowerCase()}.`,
  parts: [choicePart(BLUEPRINT_150)],
  timing: { kind: 'timed', minutes: 340 },
  passPercent: 70,
  openBook: false,
  catalog: {
    prices: [{ usd: 299, membership: 'member', delivery: 'any' }],
    feeNote: '$299; AAPC membership required.',
    membershipRequired: true,
    retakes: { free: 1, who: 'members', withinMonths: 12 },
    retakeNote: 'One free retake within a year of the first attempt.',
    eligibility: EXPERIENCED,
    allowedReferences: CODE_BOOKS,
    extras: [],
  },
  assumptions: [ASSUMED_PER_EXAM],
  blueprintNote: DERIVED_150,
  source: ARTICLE,
  origin: 'built-in',
});

export const BUILT_IN_FORMATS: readonly ExamFormat[] = [
  {
    id: 'cpc',
    code: 'CPC',
    name: 'Certified Professional Coder',
    body: 'AAPC',
    summary: 'Procedure, supply and diagnosis coding for physician services across 17 areas of knowledge.',
    parts: [choicePart(BLUEPRINT_150)],
    timing: { kind: 'timed', minutes: 340 },
    passPercent: 70,
    openBook: false,
    catalog: {
      prices: [
        { usd: 299, membership: 'any', delivery: 'online' },
        { usd: 399, membership: 'any', delivery: 'in-person' },
      ],
      feeNote: '$299 online, $399 in person.',
      membershipRequired: false,
      retakes: null,
      retakeNote: 'Retakes are not stated in the source.',
      eligibility: 'Knowledge of anatomy, physiology and medical terminology.',
      allowedReferences: CODE_BOOKS,
      extras: [],
    },
    assumptions: [],
    blueprintNote: DERIVED_150,
    source: ARTICLE,
    origin: 'built-in',
  },
  {
    id: 'coc',
    code: 'COC',
    name: 'Certified Outpatient Coder',
    body: 'AAPC',
    summary: 'Coding for ambulatory surgical centers and hospital outpatient settings.',
    parts: [choicePart(BLUEPRINT_150)],
    timing: { kind: 'timed', minutes: 340 },
    passPercent: 70,
    openBook: false,
    catalog: {
      ...aapcMemberPricing('members', 'AAPC members: one free retake.'),
      eligibility:
        'Two years of coding experience and AAPC membership; most candidates hold an associate degree.',
    },
    assumptions: [ASSUMED_PER_EXAM],
    blueprintNote: DERIVED_150,
    source: ARTICLE,
    origin: 'built-in',
  },
  {
    id: 'cic',
    code: 'CIC',
    name: 'Certified Inpatient Coder',
    body: 'AAPC',
    summary: 'Inpatient diagnoses, procedures, rules and payment methodologies for hospitals and facilities.',
    parts: [choicePart(CIC_CHOICE_60), casePart(10)],
    timing: { kind: 'timed', minutes: 340 },
    passPercent: 70,
    openBook: false,
    catalog: {
      ...aapcMemberPricing('everyone', 'One free retake.'),
      eligibility: 'An associate degree and two years of coding experience recommended.',
      allowedReferences: INPATIENT_BOOKS,
    },
    assumptions: [
      "The source gives no area split for the 60 multiple-choice questions: the inpatient blueprint here is the product's own.",
    ],
    blueprintNote: 'Inpatient blueprint chosen by this product; each case point is one expected code.',
    source: ARTICLE,
    origin: 'built-in',
  },
  {
    id: 'crc',
    code: 'CRC',
    name: 'Certified Risk Adjustment Coder',
    body: 'AAPC',
    summary: 'Charts and codes under the risk adjustment model set by HHS.',
    parts: [choicePart(BLUEPRINT_150)],
    timing: { kind: 'timed', minutes: 340 },
    passPercent: 70,
    openBook: false,
    catalog: {
      ...aapcMemberPricing('members', 'AAPC members: one free retake.'),
      eligibility: 'An associate degree, two years of coding experience and a risk adjustment coding course.',
    },
    assumptions: [ASSUMED_PER_EXAM],
    blueprintNote: DERIVED_150,
    source: ARTICLE,
    origin: 'built-in',
  },
  specialty('cascc', 'CASCC', 'Ambulatory Surgical Center'),
  specialty('cedc', 'CEDC', 'Emergency Department'),
  specialty('chonc', 'CHONC', 'Hematology and Oncology'),
  specialty('cemc', 'CEMC', 'Evaluation and Management'),
  {
    id: 'cmcs',
    code: 'CMCS',
    name: 'Certified Medical Coding Specialist',
    body: 'AMBA',
    summary:
      "Medical codes, coding guidelines and procedures across settings, from a billing professional's view.",
    parts: [choicePart(CMCS_100)],
    timing: { kind: 'window', days: 10 },
    passPercent: 80,
    openBook: true,
    catalog: {
      prices: [{ usd: 325, membership: 'member', delivery: 'online' }],
      feeNote: '$325, AMBA membership required.',
      membershipRequired: true,
      retakes: { free: 2, who: 'members', withinMonths: null },
      retakeNote: 'Two free retakes.',
      eligibility:
        'One year of coding experience, a completed training program, or another recognised certification.',
      allowedReferences: 'Open book: books and notes allowed during the 10-day window.',
      extras: [{ label: 'AMBA study guide (optional)', usd: 199 }],
    },
    assumptions: [
      'The source does not state the number of questions: 100 is assumed. Copy the format to change it.',
      "The area split is the product's own, weighted toward surgery, radiology and anesthesia as the source describes.",
    ],
    blueprintNote: "Product's own blueprint for an assumed 100 questions.",
    source: ARTICLE,
    origin: 'built-in',
  },
  {
    id: 'cpc-newer',
    code: 'CPC',
    name: 'Certified Professional Coder (newer format)',
    body: 'AAPC',
    summary: 'The changed CPC: 100 questions in 4 hours.',
    parts: [choicePart(BLUEPRINT_100)],
    timing: { kind: 'timed', minutes: 240 },
    passPercent: 70,
    openBook: false,
    catalog: {
      prices: [
        { usd: 299, membership: 'any', delivery: 'online' },
        { usd: 399, membership: 'any', delivery: 'in-person' },
      ],
      feeNote: 'Fees as in the source article; check AAPC for current prices.',
      membershipRequired: false,
      retakes: null,
      retakeNote: 'Not stated.',
      eligibility: 'Knowledge of anatomy, physiology and medical terminology.',
      allowedReferences: CODE_BOOKS,
      extras: [],
    },
    assumptions: [
      'The split of the 28 ICD-10-CM, HCPCS, guidelines and compliance questions (10/6/6/6) is assumed.',
    ],
    blueprintNote: "AAPC's published split for the 100-question CPC.",
    source: AAPC_NEWER,
    origin: 'newer-built-in',
  },
  {
    id: 'cic-newer',
    code: 'CIC',
    name: 'Certified Inpatient Coder (newer format)',
    body: 'AAPC',
    summary: 'The changed CIC: 40 multiple-choice questions plus 7 inpatient cases in 4 hours.',
    parts: [choicePart(CIC_CHOICE_40), casePart(7)],
    timing: { kind: 'timed', minutes: 240 },
    passPercent: 70,
    openBook: false,
    catalog: {
      ...aapcMemberPricing('everyone', 'One free retake (as in the source article).'),
      feeNote: 'Fees as in the source article; check AAPC for current prices.',
      eligibility: 'An associate degree and two years of coding experience recommended.',
      allowedReferences: INPATIENT_BOOKS,
    },
    assumptions: ["The area split of the 40 multiple-choice questions is the product's own."],
    blueprintNote: "Product's own inpatient blueprint, scaled to 40 questions.",
    source: AAPC_NEWER,
    origin: 'newer-built-in',
  },
  {
    id: 'crc-newer',
    code: 'CRC',
    name: 'Certified Risk Adjustment Coder (newer format)',
    body: 'AAPC',
    summary: 'The changed CRC: 100 questions in 4 hours.',
    parts: [choicePart(BLUEPRINT_100)],
    timing: { kind: 'timed', minutes: 240 },
    passPercent: 70,
    openBook: false,
    catalog: {
      ...aapcMemberPricing('members', 'AAPC members: one free retake (as in the source article).'),
      feeNote: 'Fees as in the source article; check AAPC for current prices.',
      eligibility: 'An associate degree, two years of coding experience and a risk adjustment coding course.',
    },
    assumptions: [ASSUMED_PER_EXAM.replace('150', '100')],
    blueprintNote: "AAPC's published CPC split, used here for lack of a CRC split.",
    source: AAPC_NEWER,
    origin: 'newer-built-in',
  },
];

export function findBuiltInFormat(id: string): ExamFormat | undefined {
  return BUILT_IN_FORMATS.find((f) => f.id === id);
}
