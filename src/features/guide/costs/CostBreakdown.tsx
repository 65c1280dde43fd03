import { type CostPlan, describeCostLine } from '../../../domain/costPlan';
import type { ExamFormat } from '../../../domain/formats';

export function CostBreakdown({
  format,
  plan,
  attempts,
}: {
  format: ExamFormat;
  plan: CostPlan;
  attempts: number;
}) {
  return (
    <section aria-labelledby="plan-estimate" className="panel">
      <h2 id="plan-estimate">Estimate for {format.code}</h2>
      <ol className="guide-cost-lines">
        {plan.lines.map((line) => {
          const text = describeCostLine(line);
          return (
            <li key={text}>
              <span>{text}</span>
              <span className="guide-source">Source: {line.source}</span>
            </li>
          );
        })}
      </ol>
      {/* Announced politely, so a screen reader hears the new total after each change. */}
      <p role="status" className="guide-total">
        Total for {attempts} {attempts === 1 ? 'attempt' : 'attempts'}: <strong>${plan.total}</strong>
      </p>
      {plan.notes.length > 0 && (
        <>
          <h3>Notes</h3>
          <ul>
            {plan.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
