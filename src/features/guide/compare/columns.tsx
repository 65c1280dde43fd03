import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { findPrice, type PlanDelivery } from '../../../domain/costPlan';
import { describeBookRule, describeQuestions, describeTiming } from '../../../domain/describe';
import { type ExamFormat, formatQuestionCount, timingMinutes } from '../../../domain/formats';
import type { SortKey } from './sortRows';

export interface Column {
  readonly id: string;
  readonly label: string;
  readonly cell: (format: ExamFormat) => ReactNode;
  readonly sortKey: (format: ExamFormat) => SortKey;
}

interface Fee {
  readonly text: string;
  readonly usd: number | null;
}

// The same fee the cost planner would charge for a first attempt, so the two pages never disagree.
function fee(format: ExamFormat, member: boolean, delivery: PlanDelivery): Fee {
  const match = findPrice(format.catalog, member, delivery);
  if (match?.membershipRequired) return { text: 'Membership required', usd: null };
  if (!match || match.otherDelivery) return { text: 'Not stated', usd: null };
  return { text: `$${match.price.usd}`, usd: match.price.usd };
}

const feeColumn = (id: string, label: string, member: boolean, delivery: PlanDelivery): Column => ({
  id,
  label,
  cell: (f) => fee(f, member, delivery).text,
  sortKey: (f) => fee(f, member, delivery).usd,
});

function freeRetakes(format: ExamFormat): string {
  const r = format.catalog.retakes;
  if (!r) return 'Not stated';
  return `${r.free} (${r.who})`;
}

function retakeLimit(format: ExamFormat): string {
  const r = format.catalog.retakes;
  if (!r) return 'Not stated';
  return r.withinMonths === null ? 'None stated' : `Within ${r.withinMonths} months`;
}

// The tag says "newer format" once, so the name's own "(newer format)" suffix is dropped beside it.
export function CertificationCell({ format }: { format: ExamFormat }) {
  const newer = format.origin === 'newer-built-in';
  return (
    <>
      <Link to={`/formats/${format.id}`}>{format.code}</Link>{' '}
      {newer ? format.name.replace(/\s*\(newer format\)$/, '') : format.name}
      {newer && (
        <>
          {' '}
          <span className="guide-tag">newer format</span>
        </>
      )}
    </>
  );
}

/** The first column is the row header (see ComparePage); the rest are data cells. */
export const COLUMNS: readonly Column[] = [
  {
    id: 'certification',
    label: 'Certification',
    cell: (f) => <CertificationCell format={f} />,
    sortKey: (f) => f.code,
  },
  { id: 'body', label: 'Body', cell: (f) => f.body, sortKey: (f) => f.body },
  {
    id: 'questions',
    label: 'Questions',
    cell: (f) => describeQuestions(f),
    sortKey: (f) => formatQuestionCount(f),
  },
  {
    id: 'time',
    label: 'Time',
    cell: (f) => describeTiming(f.timing),
    sortKey: (f) => timingMinutes(f.timing),
  },
  { id: 'pass', label: 'Pass mark', cell: (f) => `${f.passPercent}%`, sortKey: (f) => f.passPercent },
  { id: 'books', label: 'Books', cell: (f) => describeBookRule(f), sortKey: (f) => describeBookRule(f) },
  {
    id: 'eligibility',
    label: 'Eligibility (advice)',
    cell: (f) => f.catalog.eligibility || 'Not stated',
    sortKey: (f) => f.catalog.eligibility || null,
  },
  feeColumn('member-online', 'Member, online', true, 'online'),
  feeColumn('member-in-person', 'Member, in person', true, 'in-person'),
  feeColumn('non-member-online', 'Non-member, online', false, 'online'),
  feeColumn('non-member-in-person', 'Non-member, in person', false, 'in-person'),
  {
    id: 'free-retakes',
    label: 'Free retakes',
    cell: freeRetakes,
    sortKey: (f) => f.catalog.retakes?.free ?? null,
  },
  {
    id: 'retake-limit',
    label: 'Retake time limit',
    cell: retakeLimit,
    sortKey: (f) => f.catalog.retakes?.withinMonths ?? null,
  },
];
