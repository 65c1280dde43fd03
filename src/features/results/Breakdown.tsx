import type { ExamFormat } from '../../domain/formats';
import { areaRows, type BreakdownRow, formatPercent, partRows, totalsOf } from '../../domain/report';
import type { Score } from '../../domain/scoring';
import { BarChart } from '../../ui/charts/BarChart';

function BreakdownTable({
  caption,
  head,
  rows,
}: {
  caption: string;
  head: string;
  rows: readonly BreakdownRow[];
}) {
  const total = totalsOf(rows);
  return (
    <table className="data-table breakdown">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{head}</th>
          <th scope="col">Questions</th>
          <th scope="col">Points earned</th>
          <th scope="col">Points possible</th>
          <th scope="col">Percent</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <th scope="row">{r.label}</th>
            <td>{r.questions}</td>
            <td>{r.earned}</td>
            <td>{r.possible}</td>
            <td>{formatPercent(r.percent)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Total</th>
          <td>{total.questions}</td>
          <td>{total.earned}</td>
          <td>{total.possible}</td>
          <td>{formatPercent(total.percent)}</td>
        </tr>
      </tfoot>
    </table>
  );
}

export function PartBreakdown({ score, format }: { score: Score; format: ExamFormat }) {
  return (
    <section aria-labelledby="by-part" className="report-section">
      <h2 id="by-part">By part</h2>
      <BreakdownTable caption="Points by part of the exam" head="Part" rows={partRows(score, format)} />
    </section>
  );
}

/** A bar per area against the pass mark, and the same figures in a table. */
export function AreaBreakdown({ score }: { score: Score }) {
  const rows = areaRows(score);
  return (
    <section aria-labelledby="by-area" className="report-section">
      <h2 id="by-area">By area of knowledge</h2>
      <p className="muted">Hatched bars are below the {score.passPercent}% pass mark.</p>
      <BarChart
        title={`Percent earned in each area of knowledge against the ${score.passPercent}% pass mark; the same figures are in the table that follows.`}
        bars={rows.map((r) => ({
          label: r.label,
          value: r.percent,
          valueText: `${r.earned}/${r.possible} (${formatPercent(r.percent)})`,
        }))}
        reference={{ value: score.passPercent, label: `Pass mark ${score.passPercent}%` }}
      />
      <BreakdownTable caption="Points by area of knowledge" head="Area" rows={rows} />
    </section>
  );
}
