// Career context from the source article (shared/seed/000_82b6cc6c42ef9c7e.txt), kept as data so
// the guide's pages only arrange it. Each group names where its figures come from.

export const ARTICLE_SOURCE = 'Medical coding certificate guide (source article)';

export interface Range {
  readonly min: number;
  readonly max: number;
}

export const CERTIFICATE_PROGRAM = {
  years: { min: 1, max: 2 } satisfies Range,
  credits: { min: 18, max: 30 } satisfies Range,
  source: ARTICLE_SOURCE,
} as const;

export interface Accreditor {
  readonly short: string;
  readonly name: string;
}

export const ACCREDITORS: readonly Accreditor[] = [
  {
    short: 'CAHIIM',
    name: 'Commission on Accreditation for Health Informatics and Information Management Education',
  },
  { short: 'AAPC', name: 'American Academy of Professional Coders' },
];

/** The article dates AAPC by its founding, AHIMA by its roots, and gives no date for AMBA. */
export type Founding =
  | { readonly kind: 'founded'; readonly year: number }
  | { readonly kind: 'roots'; readonly year: number }
  | { readonly kind: 'not-stated' };

export interface Organisation {
  readonly short: string;
  readonly name: string;
  readonly founding: Founding;
  /** null where the article gives no count. */
  readonly certifications: number | null;
  readonly about: string;
}

export const ORGANISATIONS: readonly Organisation[] = [
  {
    short: 'AAPC',
    name: 'American Academy of Professional Coders',
    founding: { kind: 'founded', year: 1988 },
    certifications: 28,
    about: 'Works to raise the standards of medical coding; offers education, networking and career help.',
  },
  {
    short: 'AHIMA',
    name: 'American Health Information Management Association',
    founding: { kind: 'roots', year: 1928 },
    certifications: null,
    about:
      'Represents health information professionals worldwide; members get training, certifications and publications.',
  },
  {
    short: 'AMBA',
    name: 'American Medical Billing Association',
    founding: { kind: 'not-stated' },
    certifications: null,
    about: 'Works for better, more consistent medical billing; offers training, certifications and events.',
  },
];

export const JOB_OUTLOOK = {
  role: 'Medical records technicians',
  growthPercent: 8,
  period: '2019-2029',
  source: 'Bureau of Labor Statistics (BLS)',
} as const;

export interface SalaryRow {
  readonly label: string;
  readonly usd: number;
}

export const SALARIES = {
  title: 'Median salary by experience',
  source: 'Payscale',
  rows: [
    { label: 'Average medical coder', usd: 42_930 },
    { label: 'Entry-level', usd: 36_540 },
    { label: 'Mid-career', usd: 48_350 },
    { label: 'Late-career', usd: 50_440 },
  ] satisfies readonly SalaryRow[],
} as const;

/** `$42,930`, without reading the runtime locale. */
export function formatUsd(usd: number): string {
  return `$${Math.round(usd)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;
}
