import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { type AreaId, areaLabel } from '../../../domain/areas';
import { startAttempt } from '../../../domain/attempt';
import { assembleForm } from '../../../domain/form';
import {
  matchingCandidates,
  pickStudyQuestions,
  STUDY_SOURCES,
  type StudyCandidate,
  type StudySource,
  studyFormat,
} from '../../../domain/history';
import { partKindOf } from '../../../domain/questions';
import { createAttempt } from '../../../storage/attempts';
import { usePageTitle } from '../../../ui/usePageTitle';
import { useStudyPool } from './useStudyPool';

const SOURCE_TEXT: Record<StudySource, string> = {
  wrong: 'Answered wrong the last time',
  unanswered: 'Never answered',
  flagged: 'Flagged at the last sitting',
  unseen: 'Never seen (in your banks, in no past form)',
};

const MINUTES_PER_QUESTION = 2;

function randomSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0] ?? 1;
}

function positiveInt(text: string): number | null {
  const n = Number(text);
  return Number.isInteger(n) && n > 0 ? n : null;
}

export function StudyPage() {
  usePageTitle('Study from mistakes');
  const pool = useStudyPool();
  return (
    <>
      <h1>Study from mistakes</h1>
      <p className="lead">
        A practice quiz from the questions you got wrong, never answered, flagged or have not met yet. It runs
        in practice mode: pause allowed, rationales on request, scored apart from exams.
      </p>
      <p>
        <Link to="/history">Back to history</Link>
      </p>
      {pool.kind === 'loading' && <p role="status">Reading your past attempts…</p>}
      {pool.kind === 'failed' && (
        <p role="alert" className="error-banner">
          {pool.message}
        </p>
      )}
      {pool.kind === 'ready' && <StudyForm candidates={pool.candidates} />}
    </>
  );
}

function StudyForm({ candidates }: { candidates: readonly StudyCandidate[] }) {
  const navigate = useNavigate();
  const [sources, setSources] = useState<ReadonlySet<StudySource>>(new Set(['wrong']));
  const [excluded, setExcluded] = useState<ReadonlySet<AreaId>>(new Set());
  const [includeCases, setIncludeCases] = useState(true);
  const [countText, setCountText] = useState('20');
  const [minutesText, setMinutesText] = useState<string | null>(null);
  const [problem, setProblem] = useState('');
  const [starting, setStarting] = useState(false);

  const bySource = useMemo(
    () =>
      Object.fromEntries(
        STUDY_SOURCES.map((s) => [s, candidates.filter((c) => c.sources.includes(s)).length]),
      ),
    [candidates],
  );
  const hasCases = candidates.some((c) => partKindOf(c.question) === 'case');
  const fromSources = useMemo(
    () => matchingCandidates(candidates, { sources, areas: null, includeCases }),
    [candidates, sources, includeCases],
  );
  const areaCounts = useMemo(() => {
    const counts = new Map<AreaId, number>();
    for (const c of fromSources) counts.set(c.question.area, (counts.get(c.question.area) ?? 0) + 1);
    return [...counts].sort((a, b) => areaLabel(a[0]).localeCompare(areaLabel(b[0])));
  }, [fromSources]);
  const matching = fromSources.filter((c) => !excluded.has(c.question.area));
  const count = positiveInt(countText);
  const drawn = Math.min(count ?? 0, matching.length);
  const minutesDefault = String(Math.max(1, drawn * MINUTES_PER_QUESTION));
  const minutes = positiveInt(minutesText ?? minutesDefault);

  const toggle = <T,>(set: ReadonlySet<T>, value: T): Set<T> => {
    const next = new Set(set);
    if (next.has(value)) next.delete(value);
    else next.add(value);
    return next;
  };

  const start = async () => {
    if (count === null) return setProblem('Number of questions: enter a whole number of 1 or more.');
    if (minutes === null) return setProblem('Time: enter a whole number of minutes, 1 or more.');
    if (matching.length === 0) return setProblem('No question matches: choose more sources or areas.');
    setProblem('');
    setStarting(true);
    try {
      const seed = randomSeed();
      const questions = pickStudyQuestions(matching, count, seed);
      const format = studyFormat(questions, minutes);
      const result = assembleForm(format, questions, seed);
      if (!result.ok) {
        setProblem('The quiz could not be built from these questions. Change the choices and try again.');
        return;
      }
      const attempt = startAttempt({
        id: crypto.randomUUID(),
        format,
        mode: 'practice',
        form: result.form,
        accommodation: 1,
        timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
        now: Date.now(),
      });
      await createAttempt(attempt, [...new Set(questions.map((q) => q.bankId))]);
      navigate(`/exam/${attempt.id}`);
    } finally {
      setStarting(false);
    }
  };

  return (
    <form
      className="study-form panel"
      aria-labelledby="study-heading"
      onSubmit={(e) => {
        e.preventDefault();
        void start();
      }}
    >
      <h2 id="study-heading">Build a practice quiz</h2>
      <fieldset>
        <legend>Questions from</legend>
        {STUDY_SOURCES.map((s) => (
          <label key={s} className="bank-choice">
            <input type="checkbox" checked={sources.has(s)} onChange={() => setSources(toggle(sources, s))} />{' '}
            {SOURCE_TEXT[s]} ({bySource[s] ?? 0})
          </label>
        ))}
      </fieldset>
      {hasCases && (
        <label className="bank-choice">
          <input type="checkbox" checked={includeCases} onChange={() => setIncludeCases(!includeCases)} />{' '}
          Include coding cases
        </label>
      )}
      <fieldset>
        <legend>Areas</legend>
        {areaCounts.length === 0 ? (
          <p className="muted">No question comes from these sources yet.</p>
        ) : (
          <>
            <div className="button-row">
              <button type="button" onClick={() => setExcluded(new Set())}>
                All areas
              </button>
              <button type="button" onClick={() => setExcluded(new Set(areaCounts.map(([a]) => a)))}>
                No areas
              </button>
            </div>
            {areaCounts.map(([area, n]) => (
              <label key={area} className="bank-choice">
                <input
                  type="checkbox"
                  checked={!excluded.has(area)}
                  onChange={() => setExcluded(toggle(excluded, area))}
                />{' '}
                {areaLabel(area)} ({n})
              </label>
            ))}
          </>
        )}
      </fieldset>
      <p>
        <label htmlFor="study-count">Number of questions</label>{' '}
        <input
          id="study-count"
          type="number"
          inputMode="numeric"
          min={1}
          value={countText}
          onChange={(e) => setCountText(e.target.value)}
        />
      </p>
      <p>
        <label htmlFor="study-minutes">Time in minutes</label>{' '}
        <input
          id="study-minutes"
          type="number"
          inputMode="numeric"
          min={1}
          value={minutesText ?? minutesDefault}
          onChange={(e) => setMinutesText(e.target.value)}
        />
      </p>
      <p role="status">
        {matching.length} {matching.length === 1 ? 'question matches' : 'questions match'}
        {count !== null && matching.length > 0 ? `; the quiz will have ${drawn}.` : '.'}
      </p>
      {problem && (
        <p role="alert" className="error-banner">
          {problem}
        </p>
      )}
      <button type="submit" className="primary" disabled={starting || matching.length === 0}>
        Start practice quiz
      </button>
    </form>
  );
}
