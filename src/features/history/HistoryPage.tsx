import { useCallback, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { Mode } from '../../domain/attempt';
import type { HistoryKey } from '../../storage/attempts';
import { useHistoryIndex } from '../../storage/live';
import { usePageTitle } from '../../ui/usePageTitle';
import { AttemptTable } from './AttemptTable';
import { ExportButton } from './ExportButton';
import { FormatProgress, TREND_ATTEMPTS } from './FormatProgress';
import { HistoryFilters } from './HistoryFilters';
import { useEntryCache, useFormatLabels } from './useHistory';

const NO_KEYS: readonly HistoryKey[] = [];

function uniqueFormats(keys: readonly HistoryKey[]): string[] {
  return [...new Set(keys.map((k) => k.formatId))];
}

/**
 * Every finished attempt, newest first, exam and practice kept apart by the mode filter; a trend
 * and a readiness estimate per format. The list comes from the indexes; whole attempts are read
 * only for the rows in view and the charts.
 */
export function HistoryPage() {
  usePageTitle('History');
  const index = useHistoryIndex();
  const keys = index ?? NO_KEYS;
  const [params, setParams] = useSearchParams();
  const mode: Mode = params.get('mode') === 'practice' ? 'practice' : 'exam';
  const formatFilter = params.get('format') ?? 'all';
  const [range, setRange] = useState<readonly [number, number]>([0, 0]);

  const formatIds = useMemo(() => uniqueFormats(keys), [keys]);
  const labels = useFormatLabels(formatIds);
  const listed = useMemo(
    () => keys.filter((k) => k.mode === mode && (formatFilter === 'all' || k.formatId === formatFilter)),
    [keys, mode, formatFilter],
  );
  const progress = useMemo(() => {
    const exam = keys.filter((k) => k.mode === 'exam');
    const formats = uniqueFormats(exam).filter((id) => formatFilter === 'all' || id === formatFilter);
    return formats.map((formatId) => ({
      formatId,
      ids: exam
        .filter((k) => k.formatId === formatId)
        .slice(0, TREND_ATTEMPTS)
        .map((k) => k.id),
    }));
  }, [keys, formatFilter]);
  const wanted = useMemo(
    () => [...listed.slice(range[0], range[1]).map((k) => k.id), ...progress.flatMap((p) => p.ids)],
    [listed, range, progress],
  );
  const cache = useEntryCache(wanted);
  const onRangeChange = useCallback((start: number, end: number) => setRange([start, end]), []);

  const setFilter = (name: 'mode' | 'format', value: string, fallback: string) => {
    const next = new URLSearchParams(params);
    if (value === fallback) next.delete(name);
    else next.set(name, value);
    setParams(next, { replace: true });
  };

  if (index === undefined) {
    return (
      <>
        <h1>History</h1>
        <p role="status">Loading your history…</p>
      </>
    );
  }
  return (
    <>
      <h1>History</h1>
      <p className="lead">
        Every attempt finished in this browser. Exam-mode and practice attempts are listed apart: practice
        allows pauses and rationales, so its scores are not a guide to the exam.
      </p>
      <p>
        <Link className="button" to="study">
          Study from mistakes
        </Link>
      </p>
      {keys.length === 0 ? (
        <p>
          No finished attempts yet. <Link to="/">Choose an exam</Link> and sit a mock; it will be listed here.
        </p>
      ) : (
        <>
          <HistoryFilters
            formatIds={formatIds}
            labels={labels}
            format={formatFilter}
            mode={mode}
            counts={{
              exam: keys.filter((k) => k.mode === 'exam').length,
              practice: keys.filter((k) => k.mode === 'practice').length,
            }}
            onFormat={(value) => setFilter('format', value, 'all')}
            onMode={(value) => setFilter('mode', value, 'exam')}
          />
          <section aria-labelledby="attempts-heading" className="history-attempts">
            <h2 id="attempts-heading">{mode === 'exam' ? 'Exam-mode attempts' : 'Practice attempts'}</h2>
            <div className="history-toolbar">
              <p role="status">
                {listed.length} {listed.length === 1 ? 'attempt' : 'attempts'}
                {formatFilter === 'all' ? '' : ` of ${labels.get(formatFilter) ?? formatFilter}`}
              </p>
              <ExportButton ids={listed.map((k) => k.id)} />
            </div>
            {listed.length === 0 ? (
              <p>None match these filters.</p>
            ) : (
              <AttemptTable keys={listed} entries={cache} labels={labels} onRangeChange={onRangeChange} />
            )}
          </section>
          <section aria-labelledby="progress-heading" className="history-progress">
            <h2 id="progress-heading">Exam-mode progress by format</h2>
            {progress.length === 0 ? (
              <p>No exam-mode attempts {formatFilter === 'all' ? 'yet' : 'of this format yet'}.</p>
            ) : (
              progress.map((p) => (
                <FormatProgress
                  key={p.formatId}
                  formatId={p.formatId}
                  label={labels.get(p.formatId) ?? p.formatId}
                  ids={p.ids}
                  entries={cache}
                />
              ))
            )}
          </section>
        </>
      )}
    </>
  );
}
