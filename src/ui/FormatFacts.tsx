import {
  describeBookRule,
  describeFees,
  describeQuestions,
  describeRetakes,
  describeTiming,
} from '../domain/describe';
import type { ExamFormat } from '../domain/formats';

/** The facts of a format as a description list: the same everywhere a format is shown. */
export function FormatFacts({ format, detailed = false }: { format: ExamFormat; detailed?: boolean }) {
  return (
    <dl className="facts">
      <div>
        <dt>Questions</dt>
        <dd>{describeQuestions(format)}</dd>
      </div>
      <div>
        <dt>{format.timing.kind === 'window' ? 'Window' : 'Time limit'}</dt>
        <dd>{describeTiming(format.timing)}</dd>
      </div>
      <div>
        <dt>Pass mark</dt>
        <dd>{format.passPercent}%</dd>
      </div>
      <div>
        <dt>Books</dt>
        <dd>{describeBookRule(format)}</dd>
      </div>
      <div>
        <dt>Fees</dt>
        <dd>{describeFees(format.catalog)}</dd>
      </div>
      <div>
        <dt>Retakes</dt>
        <dd>{describeRetakes(format.catalog)}</dd>
      </div>
      {detailed && (
        <>
          <div>
            <dt>Eligibility (advice)</dt>
            <dd>{format.catalog.eligibility || 'Not stated'}</dd>
          </div>
          <div>
            <dt>Allowed references</dt>
            <dd>{format.catalog.allowedReferences}</dd>
          </div>
          {format.catalog.extras.map((extra) => (
            <div key={extra.label}>
              <dt>{extra.label}</dt>
              <dd>${extra.usd}</dd>
            </div>
          ))}
        </>
      )}
    </dl>
  );
}
