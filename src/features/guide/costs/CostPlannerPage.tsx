import { useId, useState } from 'react';
import { MAX_ATTEMPTS, MIN_ATTEMPTS, type PlanDelivery, planCost } from '../../../domain/costPlan';
import { builtInOrFirst, FormatSelect } from '../FormatSelect';
import { GuideHeader } from '../GuideHeader';
import { CostBreakdown } from './CostBreakdown';

const ATTEMPT_CHOICES = Array.from({ length: MAX_ATTEMPTS - MIN_ATTEMPTS + 1 }, (_, i) => MIN_ATTEMPTS + i);

export function CostPlannerPage() {
  const [formatId, setFormatId] = useState('cpc');
  const [member, setMember] = useState(false);
  const [delivery, setDelivery] = useState<PlanDelivery>('online');
  const [attempts, setAttempts] = useState(1);
  const [extras, setExtras] = useState<readonly string[]>([]);
  const attemptsId = useId();
  const format = builtInOrFirst(formatId);
  const plan = planCost(format, { member, delivery, attempts, extras });

  const toggleExtra = (label: string, on: boolean) =>
    setExtras((now) => (on ? [...now, label] : now.filter((l) => l !== label)));

  return (
    <>
      <GuideHeader title="Plan your costs">
        Pick a certification and how you expect to sit it. The estimate applies the free retakes the exam
        offers and shows where every figure comes from.
      </GuideHeader>
      <div className="guide-two-col">
        <section aria-labelledby="plan-choices" className="panel">
          <h2 id="plan-choices">Your choices</h2>
          <form className="guide-form" onSubmit={(e) => e.preventDefault()}>
            <FormatSelect value={format.id} onChange={setFormatId} />
            <fieldset>
              <legend>Membership of {format.body}</legend>
              <label>
                <input type="radio" name="membership" checked={member} onChange={() => setMember(true)} />{' '}
                Member
              </label>
              <label>
                <input type="radio" name="membership" checked={!member} onChange={() => setMember(false)} />{' '}
                Not a member
              </label>
            </fieldset>
            <fieldset>
              <legend>How you sit the exam</legend>
              <label>
                <input
                  type="radio"
                  name="delivery"
                  checked={delivery === 'online'}
                  onChange={() => setDelivery('online')}
                />{' '}
                Online
              </label>
              <label>
                <input
                  type="radio"
                  name="delivery"
                  checked={delivery === 'in-person'}
                  onChange={() => setDelivery('in-person')}
                />{' '}
                In person
              </label>
            </fieldset>
            <div className="field">
              <label htmlFor={attemptsId}>Expected attempts</label>
              <select id={attemptsId} value={attempts} onChange={(e) => setAttempts(Number(e.target.value))}>
                {ATTEMPT_CHOICES.map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
            </div>
            {format.catalog.extras.map((extra) => (
              <label key={extra.label} className="guide-check">
                <input
                  type="checkbox"
                  checked={extras.includes(extra.label)}
                  onChange={(e) => toggleExtra(extra.label, e.target.checked)}
                />{' '}
                {extra.label}, ${extra.usd}
              </label>
            ))}
          </form>
        </section>
        <CostBreakdown format={format} plan={plan} attempts={attempts} />
      </div>
    </>
  );
}
