import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { areaLabel } from '../../../domain/areas';
import { type Mode, startAttempt } from '../../../domain/attempt';
import { ACCOMMODATIONS, type Accommodation, isAccommodation } from '../../../domain/clock';
import { assembleForm, combineSupplies, type Shortage, shortagesFor } from '../../../domain/form';
import type { ExamFormat } from '../../../domain/formats';
import { createAttempt } from '../../../storage/attempts';
import { questionsOfBanks } from '../../../storage/banks';
import { useBanks } from '../../../storage/live';

function describeShortage(s: Shortage): string {
  return `${s.partTitle}: short by ${s.missing} in ${areaLabel(s.area)} (needs ${s.needed}, has ${s.available})`;
}

function randomSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0] ?? 1;
}

/** Mode, accommodation and banks; refuses a bank too small before any clock starts. */
export function StartExam({ format }: { format: ExamFormat }) {
  const banks = useBanks();
  const navigate = useNavigate();
  const [mode, setMode] = useState<Mode>('exam');
  const [accommodation, setAccommodation] = useState<Accommodation>(1);
  const [deselected, setDeselected] = useState<ReadonlySet<string>>(new Set());
  const [refused, setRefused] = useState<readonly Shortage[]>([]);
  const [starting, setStarting] = useState(false);

  const selected = useMemo(() => (banks ?? []).filter((b) => !deselected.has(b.id)), [banks, deselected]);
  const shortages = useMemo(
    () => shortagesFor(format, combineSupplies(selected.map((b) => b.supply))),
    [format, selected],
  );

  const start = async () => {
    setStarting(true);
    try {
      const questions = await questionsOfBanks(selected.map((b) => b.id));
      const result = assembleForm(format, questions, randomSeed());
      if (!result.ok) {
        setRefused(result.shortages);
        return;
      }
      const attempt = startAttempt({
        id: crypto.randomUUID(),
        format,
        mode,
        form: result.form,
        accommodation,
        timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
        now: Date.now(),
      });
      await createAttempt(
        attempt,
        selected.map((b) => b.id),
      );
      navigate(`/exam/${attempt.id}`);
    } finally {
      setStarting(false);
    }
  };

  return (
    <form
      className="start-exam panel"
      aria-labelledby="start-heading"
      onSubmit={(e) => {
        e.preventDefault();
        void start();
      }}
    >
      <h2 id="start-heading">Start a mock exam</h2>
      <fieldset>
        <legend>Mode</legend>
        <label>
          <input type="radio" name="mode" checked={mode === 'exam'} onChange={() => setMode('exam')} /> Exam
          mode: the real rules, no pause
        </label>
        <label>
          <input
            type="radio"
            name="mode"
            checked={mode === 'practice'}
            onChange={() => setMode('practice')}
          />{' '}
          Practice mode: pause allowed, rationales on request, scored apart from exam mode
        </label>
      </fieldset>
      {format.timing.kind === 'timed' && (
        <p>
          <label htmlFor="accommodation">Time accommodation</label>{' '}
          <select
            id="accommodation"
            value={accommodation}
            onChange={(e) => {
              const value = Number(e.target.value);
              if (isAccommodation(value)) setAccommodation(value);
            }}
          >
            {ACCOMMODATIONS.map((a) => (
              <option key={a} value={a}>
                {a === 1 ? 'Standard time' : `${a} × time`}
              </option>
            ))}
          </select>
        </p>
      )}
      <fieldset>
        <legend>Question banks</legend>
        {banks === undefined || banks.length === 0 ? (
          <p role="status">Loading the question banks…</p>
        ) : (
          banks.map((bank) => (
            <label key={bank.id} className="bank-choice">
              <input
                type="checkbox"
                checked={!deselected.has(bank.id)}
                onChange={() => {
                  const next = new Set(deselected);
                  if (next.has(bank.id)) next.delete(bank.id);
                  else next.add(bank.id);
                  setDeselected(next);
                  setRefused([]);
                }}
              />{' '}
              {bank.title} ({bank.questionCount} questions)
            </label>
          ))
        )}
      </fieldset>
      {banks && banks.length > 0 && (
        <p className={shortages.length === 0 ? 'coverage ok' : 'coverage short'}>
          {shortages.length === 0
            ? `The selected banks are enough for a ${format.code} form.`
            : `The selected banks are short for a ${format.code} form: ${shortages.map(describeShortage).join('; ')}.`}
        </p>
      )}
      {refused.length > 0 && (
        <div role="alert" className="error-banner">
          <p>The exam was not started: the selected banks do not have enough questions.</p>
          <ul>
            {refused.map((s) => (
              <li key={`${s.partId}-${s.area}`}>{describeShortage(s)}</li>
            ))}
          </ul>
        </div>
      )}
      <button type="submit" className="primary" disabled={starting || !banks || banks.length === 0}>
        Start {mode === 'exam' ? 'exam' : 'practice'}
      </button>
    </form>
  );
}
