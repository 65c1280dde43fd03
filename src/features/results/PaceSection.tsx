import type { Attempt } from '../../domain/attempt';
import { describePace, formatDuration, paceReport } from '../../domain/report';
import { LineChart, type Tick } from '../../ui/charts/LineChart';

const FRACTIONS = [0, 0.25, 0.5, 0.75, 1];

/** Time used, time per question, and the answered count against an even pace. */
export function PaceSection({ attempt, finishedAt }: { attempt: Attempt; finishedAt: number }) {
  const pace = paceReport(attempt.form, attempt.responses, attempt.clock, finishedAt);
  const n = pace.questionCount;
  const evenAtEnd = (n * pace.endMs) / pace.spanMs;
  const xTicks: Tick[] = FRACTIONS.map((f) => ({
    value: f * pace.endMs,
    label: formatDuration(f * pace.endMs),
  }));
  const yTicks: Tick[] = [...new Set(FRACTIONS.map((f) => Math.round(f * n)))].map((v) => ({
    value: v,
    label: String(v),
  }));
  return (
    <section aria-labelledby="pace" className="report-section">
      <h2 id="pace">Time and pace</h2>
      <dl className="facts">
        <div>
          <dt>Time used</dt>
          <dd>
            {formatDuration(pace.usedMs)} of {formatDuration(pace.allowedMs)}
            {pace.pausedMs > 0 ? ` (paused ${formatDuration(pace.pausedMs)}, not counted)` : ''}
          </dd>
        </div>
        <div>
          <dt>Answered</dt>
          <dd>
            {pace.answered} of {n}
          </dd>
        </div>
        <div>
          <dt>Time per answered question</dt>
          <dd>{pace.perAnsweredMs === null ? 'None answered' : formatDuration(pace.perAnsweredMs)}</dd>
        </div>
        <div>
          <dt>Even pace</dt>
          <dd>{formatDuration(pace.allowedPerQuestionMs)} per question</dd>
        </div>
      </dl>
      <p className="pace-summary">{describePace(pace)}</p>
      {pace.endMs > 0 && n > 0 && (
        <LineChart
          title={`Questions answered over the ${formatDuration(pace.endMs)} of the attempt, against an even pace. ${describePace(pace)}`}
          xMax={pace.endMs}
          yMax={n}
          xTicks={xTicks}
          yTicks={yTicks}
          xLabel={pace.pausedMs > 0 ? 'Time since the start (pauses included)' : 'Time since the start'}
          yLabel="Answered"
          series={[
            {
              name: 'Questions answered',
              variant: 'solid',
              step: true,
              points: [
                { x: 0, y: 0 },
                ...pace.steps.map((s) => ({ x: s.atMs, y: s.answered })),
                { x: pace.endMs, y: pace.steps.filter((s) => s.atMs <= pace.endMs).length },
              ],
            },
            {
              name: 'Even pace',
              variant: 'dashed',
              points: [
                { x: 0, y: 0 },
                { x: pace.endMs, y: evenAtEnd },
              ],
            },
          ]}
        />
      )}
      <p className="muted">Each answer counts at the time it was last changed.</p>
    </section>
  );
}
