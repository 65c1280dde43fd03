import { areaLabel } from '../../domain/areas';
import type { HistoryEntry } from '../../domain/history';
import { type Readiness, type ReadinessFormat, readiness } from '../../domain/readiness';
import { formatPercent } from '../../domain/report';

function verdictText(r: Extract<Readiness, { kind: 'estimate' }>): string {
  switch (r.verdict) {
    case 'range-above-pass':
      return `The whole range is at or above the ${r.passPercent}% pass mark.`;
    case 'range-spans-pass':
      return `The ${r.passPercent}% pass mark falls inside the range: the next exam could go either way.`;
    case 'range-below-pass':
      return `The whole range is below the ${r.passPercent}% pass mark.`;
  }
}

/** An estimate of the next exam-mode score from the candidate's own history, or why there is none yet. */
export function ReadinessPanel({
  label,
  format,
  entries,
}: {
  label: string;
  format: ReadinessFormat;
  entries: readonly HistoryEntry[];
}) {
  const r = readiness(format, entries);
  const { minAttempts, minAnsweredPerArea, recentAttempts } = r.options;
  return (
    <section className="readiness" aria-label={`${label} readiness`}>
      <h4>Readiness</h4>
      {r.kind === 'not-enough' ? (
        <>
          <p>
            <strong>Not enough data yet.</strong> An estimate needs at least {minAttempts} exam-mode attempts
            (there {r.attempts === 1 ? 'is' : 'are'} {r.attempts}) and at least {minAnsweredPerArea} answered
            questions in every area of the blueprint.
          </p>
          {r.shortAreas.length > 0 && (
            <p className="muted">
              Short of answers: {r.shortAreas.map((a) => `${areaLabel(a.area)} (${a.answered})`).join(', ')}.
            </p>
          )}
        </>
      ) : (
        <>
          <p className="readiness-figure">
            Estimated exam-mode score: <strong>{formatPercent(r.percent)}</strong> (90% range{' '}
            {formatPercent(r.low)} to {formatPercent(r.high)}).
          </p>
          <p>{verdictText(r)}</p>
          <p className="muted">
            Weakest areas:{' '}
            {[...r.areas]
              .sort((a, b) => a.accuracy - b.accuracy)
              .slice(0, 3)
              .map((a) => `${areaLabel(a.area)} ${formatPercent(a.accuracy * 100)}`)
              .join(', ')}
            .
          </p>
        </>
      )}
      <p className="muted">
        How it is worked out: each area&apos;s accuracy is a beta estimate from your last {recentAttempts}{' '}
        exam-mode attempts (starting from an even prior), the areas are weighted by the format&apos;s
        blueprint, and the range adds the luck of which questions a real form would draw; only your own
        answers are used.
      </p>
    </section>
  );
}
