import { memo, useMemo } from 'react';
import { findBuiltInFormat } from '../../domain/builtInFormats';
import type { HistoryEntry } from '../../domain/history';
import { trendPoints } from '../../domain/history';
import { formatPercent } from '../../domain/report';
import { TrendChart } from '../../ui/charts/TrendChart';
import { AreaTrendTable } from './AreaTrendTable';
import { formatDateTime } from './dates';
import { ReadinessPanel } from './ReadinessPanel';

/** Attempts drawn in a trend; older ones are in the list and the CSV. */
export const TREND_ATTEMPTS = 20;

interface Props {
  formatId: string;
  label: string;
  /** The format's latest exam-mode attempts, newest first. */
  ids: readonly string[];
  entries: ReadonlyMap<string, HistoryEntry>;
}

/**
 * One format's exam-mode trend against its pass line, the readiness estimate, and accuracy by
 * area. Memoised on its own attempts, so scrolling the list (which loads other rows) leaves it be.
 */
export const FormatProgress = memo(function FormatProgress({ formatId, label, ids, entries }: Props) {
  const loaded = useMemo(
    () =>
      ids.flatMap((id) => {
        const e = entries.get(id);
        return e ? [e] : [];
      }),
    [ids, entries],
  );
  return <Progress formatId={formatId} label={label} ids={ids} loaded={loaded} />;
}, sameAttempts);

function sameAttempts(a: Props, b: Props): boolean {
  return (
    a.formatId === b.formatId &&
    a.label === b.label &&
    a.ids === b.ids &&
    a.ids.every((id) => a.entries.get(id) === b.entries.get(id))
  );
}

function Progress({
  formatId,
  label,
  ids,
  loaded,
}: Omit<Props, 'entries'> & { loaded: readonly HistoryEntry[] }) {
  const headingId = `progress-${formatId}`;
  const latest = loaded[0];
  return (
    <article className="format-progress panel" aria-labelledby={headingId}>
      <h3 id={headingId}>{label}</h3>
      {loaded.length < ids.length || !latest ? (
        <p role="status">Loading {label} attempts…</p>
      ) : (
        <>
          <TrendChart
            title={`${label} exam-mode scores, oldest first${ids.length === TREND_ATTEMPTS ? ` (latest ${TREND_ATTEMPTS})` : ''}`}
            points={trendPoints(loaded, TREND_ATTEMPTS).map((p) => ({
              key: p.id,
              value: p.percent,
              label: `Attempt ${p.n}, ${formatDateTime(p.finishedAt)}: ${formatPercent(p.percent)}, ${p.passed ? 'passed' : 'not passed'}`,
              tick: String(p.n),
              filled: p.passed,
            }))}
            reference={{ value: latest.passPercent, label: `Pass mark ${latest.passPercent}%` }}
          />
          <p className="muted">Filled points passed; hollow points did not.</p>
          <ReadinessPanel
            label={label}
            format={findBuiltInFormat(formatId) ?? { parts: latest.parts, passPercent: latest.passPercent }}
            entries={loaded}
          />
          <AreaTrendTable label={label} entries={loaded} />
        </>
      )}
    </article>
  );
}
