import { useEffect, useMemo, useRef, useState } from 'react';
import { findBuiltInFormat } from '../../domain/builtInFormats';
import { formatLabel, type HistoryEntry } from '../../domain/history';
import { attemptFormatLabels, historyEntries } from '../../storage/attempts';

/**
 * Summaries of the attempts asked for, loaded as they are first wanted and then kept: a finished
 * attempt never changes, so scrolling back costs nothing.
 */
export function useEntryCache(wanted: readonly string[]): ReadonlyMap<string, HistoryEntry> {
  const [cache, setCache] = useState<ReadonlyMap<string, HistoryEntry>>(new Map());
  const requested = useRef(new Set<string>());
  const wantedKey = wanted.join('|');
  // biome-ignore lint/correctness/useExhaustiveDependencies: `wantedKey` stands for `wanted`'s contents.
  useEffect(() => {
    const missing = wanted.filter((id) => !requested.current.has(id));
    if (missing.length === 0) return;
    for (const id of missing) requested.current.add(id);
    void historyEntries(missing).then((entries) => {
      if (entries.length === 0) return;
      setCache((prev) => {
        const next = new Map(prev);
        for (const e of entries) next.set(e.id, e);
        return next;
      });
    });
  }, [wantedKey]);
  return cache;
}

/** A short label per format id: built-ins from their data, others from an attempt that used them. */
export function useFormatLabels(formatIds: readonly string[]): ReadonlyMap<string, string> {
  const [stored, setStored] = useState<ReadonlyMap<string, string>>(new Map());
  const unknown = formatIds.filter((id) => !findBuiltInFormat(id));
  const unknownKey = unknown.join('|');
  // biome-ignore lint/correctness/useExhaustiveDependencies: `unknownKey` stands for `unknown`'s contents.
  useEffect(() => {
    if (unknown.length === 0) return;
    let live = true;
    void attemptFormatLabels(unknown).then((labels) => {
      if (live) setStored(labels);
    });
    return () => {
      live = false;
    };
  }, [unknownKey]);
  return useMemo(() => {
    const labels = new Map<string, string>();
    for (const id of formatIds) {
      const builtIn = findBuiltInFormat(id);
      labels.set(id, builtIn ? formatLabel(builtIn) : (stored.get(id) ?? id));
    }
    return labels;
  }, [formatIds, stored]);
}

/** One rem in CSS pixels, so fixed row heights follow the reader's text size. */
export function useRemPx(): number {
  const [px] = useState(() => {
    const size = Number.parseFloat(getComputedStyle(document.documentElement).fontSize);
    return Number.isFinite(size) && size > 0 ? size : 16;
  });
  return px;
}
