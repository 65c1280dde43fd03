import { useId, useState } from 'react';
import { ACCOMMODATIONS, type Accommodation, isAccommodation } from '../../../domain/clock';
import { timingMinutes } from '../../../domain/formats';
import { planPacing } from '../../../domain/pacing';
import { formatMinutes } from '../../../domain/time';
import { builtInOrFirst, FormatSelect } from '../FormatSelect';
import { GuideHeader } from '../GuideHeader';
import { PacingResult } from './PacingResult';

export function PacingPage() {
  const [formatId, setFormatId] = useState('cpc');
  const [factor, setFactor] = useState<Accommodation>(1);
  const factorId = useId();
  const format = builtInOrFirst(formatId);
  const plan = planPacing(format, factor);
  const timed = format.timing.kind === 'timed';

  return (
    <>
      <GuideHeader title="Exam-day pacing">
        An even pace through the exam: how long each question may take and where you should be as time passes.
        Bank a few minutes early on for the questions that take longer.
      </GuideHeader>
      <div className="guide-two-col">
        <section aria-labelledby="pacing-choices" className="panel">
          <h2 id="pacing-choices">Your exam</h2>
          <form className="guide-form" onSubmit={(e) => e.preventDefault()}>
            <FormatSelect value={format.id} onChange={setFormatId} />
            <div className="field">
              <label htmlFor={factorId}>Extra time (accommodation)</label>
              <select
                id={factorId}
                value={factor}
                aria-describedby={timed ? undefined : `${factorId}-note`}
                onChange={(e) => {
                  const value = Number(e.target.value);
                  if (isAccommodation(value)) setFactor(value);
                }}
              >
                {ACCOMMODATIONS.map((a) => (
                  <option key={a} value={a}>
                    {a === 1 ? 'None' : `${a}×`}
                    {timed ? ` (${formatMinutes(timingMinutes(format.timing) * a)})` : ''}
                  </option>
                ))}
              </select>
              {!timed && (
                <p id={`${factorId}-note`} className="muted">
                  Extra time stretches timed exams only: a window stays the same number of days.
                </p>
              )}
            </div>
          </form>
        </section>
        <PacingResult format={format} plan={plan} />
      </div>
    </>
  );
}
