export type SortDirection = 'ascending' | 'descending';
export type SortKey = number | string | null;

export interface SortState {
  readonly column: string;
  readonly direction: SortDirection;
}

/** Clicking the sorted column flips it; another column starts ascending. */
export function nextSort(current: SortState | null, column: string): SortState {
  if (current?.column === column) {
    return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  }
  return { column, direction: 'ascending' };
}

function compareKeys(a: SortKey, b: SortKey): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), 'en', { numeric: true, sensitivity: 'base' });
}

/**
 * Sorted copy. Rows with no value (a fee or retake the source does not state) stay last in both
 * directions, and ties keep the data's order, so the source's defaults stay ahead of newer formats.
 */
export function sortRows<T>(rows: readonly T[], key: (row: T) => SortKey, direction: SortDirection): T[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, value: key(row) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) {
        if (a.value === b.value) return a.index - b.index;
        return a.value === null ? 1 : -1;
      }
      return sign * compareKeys(a.value, b.value) || a.index - b.index;
    })
    .map((r) => r.row);
}
