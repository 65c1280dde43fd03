import { assertNever } from '../../../domain/assert';
import {
  ACCREDITORS,
  ARTICLE_SOURCE,
  CERTIFICATE_PROGRAM,
  type Founding,
  formatUsd,
  JOB_OUTLOOK,
  ORGANISATIONS,
  SALARIES,
} from '../../../domain/career';
import { GuideHeader } from '../GuideHeader';
import { SalaryChart } from './SalaryChart';

function describeFounding(founding: Founding): string | null {
  switch (founding.kind) {
    case 'founded':
      return `Founded in ${founding.year}`;
    case 'roots':
      return `Roots dating back to ${founding.year}`;
    case 'not-stated':
      return null;
    default:
      return assertNever(founding, 'founding');
  }
}

export function CareerPage() {
  const { years, credits } = CERTIFICATE_PROGRAM;
  return (
    <>
      <GuideHeader title="Career context">
        Where a certification fits: the certificate programs that prepare you, who accredits them, the
        professional bodies, and what the work pays.
      </GuideHeader>

      <section aria-labelledby="programs">
        <h2 id="programs">Certificate programs</h2>
        <p>
          A medical coding certificate takes {years.min}-{years.max} years and {credits.min}-{credits.max}{' '}
          credits, online or on campus, usually at a community or technical college. A certificate comes from
          a school; a certification comes from a professional body after an exam such as the ones in this app,
          and most employers ask for one.
        </p>
      </section>

      <section aria-labelledby="accreditation">
        <h2 id="accreditation">Accreditation</h2>
        <p>
          Accreditation can affect employment, further study and financial aid. Look for a program recognised
          by:
        </p>
        <ul>
          {ACCREDITORS.map((a) => (
            <li key={a.short}>
              {a.name} ({a.short})
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="organisations">
        <h2 id="organisations">Professional organisations</h2>
        <ul className="card-grid">
          {ORGANISATIONS.map((o) => {
            const founded = describeFounding(o.founding);
            return (
              <li key={o.short}>
                <article className="panel" aria-labelledby={`org-${o.short}`}>
                  <h3 id={`org-${o.short}`}>
                    {o.short}: {o.name}
                  </h3>
                  <ul className="guide-plain">
                    {founded && <li>{founded}</li>}
                    {o.certifications !== null && <li>{o.certifications} certifications</li>}
                    <li>{o.about}</li>
                  </ul>
                </article>
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="outlook">
        <h2 id="outlook">Job outlook</h2>
        <p>
          <strong className="guide-big">{JOB_OUTLOOK.growthPercent}%</strong> job growth for{' '}
          {JOB_OUTLOOK.role.toLowerCase()}, {JOB_OUTLOOK.period}. Source: {JOB_OUTLOOK.source}.
        </p>
      </section>

      <section aria-labelledby="salaries">
        <h2 id="salaries">Salaries</h2>
        <p>Pay depends on employer, location, specialty, certification and experience.</p>
        <SalaryChart title={SALARIES.title} source={SALARIES.source} rows={SALARIES.rows} />
        <table className="data-table">
          <caption>
            {SALARIES.title} (source: {SALARIES.source})
          </caption>
          <thead>
            <tr>
              <th scope="col">Position</th>
              <th scope="col">Median salary</th>
            </tr>
          </thead>
          <tbody>
            {SALARIES.rows.map((r) => (
              <tr key={r.label}>
                <th scope="row">{r.label}</th>
                <td>{formatUsd(r.usd)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <p className="muted">
        All figures on this page: {ARTICLE_SOURCE}, which cites the sources named above.
      </p>
    </>
  );
}
