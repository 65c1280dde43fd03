import { assertNever } from '../../../domain/assert';
import { describeQuestions } from '../../../domain/describe';
import type { ExamFormat } from '../../../domain/formats';
import {
  CASE_WEIGHT_RULE,
  describeCheckpoint,
  describeDayCheckpoint,
  type PacingPlan,
} from '../../../domain/pacing';
import { formatMinutes, formatMinutesSeconds } from '../../../domain/time';

function Fact({ term, children }: { term: string; children: string }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

const perDayText = (n: number) => `About ${Math.round(n * 10) / 10} questions a day`;

function TimedPlan({ format, plan }: { format: ExamFormat; plan: Extract<PacingPlan, { kind: 'timed' }> }) {
  return (
    <>
      <dl className="facts">
        <Fact term="Time allowed">{formatMinutes(plan.minutes)}</Fact>
        <Fact term="Questions">{describeQuestions(format)}</Fact>
        <Fact term="Per question">{formatMinutesSeconds(plan.perQuestionMs)}</Fact>
        {plan.perCaseMs !== null && <Fact term="Per case">{formatMinutesSeconds(plan.perCaseMs)}</Fact>}
      </dl>
      {plan.cases > 0 && <p className="note">{CASE_WEIGHT_RULE}</p>}
      <h3>Checkpoints</h3>
      <ol className="guide-checkpoints">
        {plan.checkpoints.map((c) => (
          <li key={c.atMinutes}>{describeCheckpoint(c)}</li>
        ))}
      </ol>
    </>
  );
}

function WindowPlan({ format, plan }: { format: ExamFormat; plan: Extract<PacingPlan, { kind: 'window' }> }) {
  return (
    <>
      <dl className="facts">
        <Fact term="Window">{`${plan.days} days`}</Fact>
        <Fact term="Questions">{describeQuestions(format)}</Fact>
        <Fact term="Per day">{perDayText(plan.perDay)}</Fact>
      </dl>
      <p>
        The window runs on calendar days and you may come back as often as you like, so pace by the day rather
        than by the minute.
      </p>
      {plan.cases > 0 && <p className="note">{CASE_WEIGHT_RULE}</p>}
      <h3>Day by day</h3>
      <ol className="guide-checkpoints">
        {plan.checkpoints.map((c) => (
          <li key={c.day}>{describeDayCheckpoint(c)}</li>
        ))}
      </ol>
    </>
  );
}

function PlanBody({ format, plan }: { format: ExamFormat; plan: PacingPlan }) {
  switch (plan.kind) {
    case 'timed':
      return <TimedPlan format={format} plan={plan} />;
    case 'window':
      return <WindowPlan format={format} plan={plan} />;
    default:
      return assertNever(plan, 'pacing plan');
  }
}

export function PacingResult({ format, plan }: { format: ExamFormat; plan: PacingPlan }) {
  return (
    <section aria-labelledby="pacing-plan" className="panel">
      <h2 id="pacing-plan">Pace for {format.code}</h2>
      <PlanBody format={format} plan={plan} />
      {format.assumptions.length > 0 && (
        <>
          <h3>Assumptions in this format</h3>
          <ul>
            {format.assumptions.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
