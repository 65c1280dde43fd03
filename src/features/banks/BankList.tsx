import { useId, useState } from 'react';
import type { BankRow } from '../../storage/db';
import { BankCard } from './BankCard';
import { CoverageText } from './CoverageText';
import { combinedSupply, coverageOf } from './coverage';

/** The saved banks, with what all of them together are enough for. */
export function BankList({ banks }: { banks: readonly BankRow[] | undefined }) {
  const headingId = useId();
  const [notice, setNotice] = useState<string | null>(null);
  const total = banks?.reduce((n, b) => n + b.questionCount, 0) ?? 0;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>Your banks</h2>
      <p role="status">{notice}</p>
      {banks === undefined ? (
        <p>Loading the banks saved in this browser…</p>
      ) : banks.length === 0 ? (
        <p>No banks are saved in this browser. Import one above to start practising.</p>
      ) : (
        <>
          <p>
            {banks.length} {banks.length === 1 ? 'bank' : 'banks'} with {total.toLocaleString('en')} questions
            in all. When you start an exam you choose which banks to draw from.
          </p>
          <CoverageText
            coverage={coverageOf(combinedSupply(banks.map((b) => b.supply)))}
            subject="All together, they are"
          />
          {banks.map((bank) => (
            <BankCard key={bank.id} bank={bank} onDeleted={(title) => setNotice(`Deleted “${title}”.`)} />
          ))}
        </>
      )}
    </section>
  );
}
