import { type KeyboardEvent, type ReactNode, useEffect, useRef, useState } from 'react';

export interface Column {
  readonly header: string;
  /** A CSS width for the column, e.g. `11rem` or `18%`. */
  readonly width: string;
}

/** Spread on the one focusable element of a row (its link): a roving tab stop with the table's keys. */
export interface RowFocusProps {
  readonly tabIndex: 0 | -1;
  readonly onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  readonly onFocus: () => void;
}

interface Props {
  readonly caption: string;
  readonly columns: readonly Column[];
  readonly rowCount: number;
  /** Fixed, in CSS pixels: a row's place is its index times this, so nothing is measured. */
  readonly rowHeight: number;
  /** Rows in view at once; the scrolling area is this tall. */
  readonly viewportRows: number;
  readonly rowKey: (index: number) => string;
  readonly renderCells: (index: number, focus: RowFocusProps) => readonly ReactNode[];
  /** The rows rendered changed (for loading what they show). */
  readonly onRangeChange?: (start: number, end: number) => void;
}

const OVERSCAN = 4;

/**
 * A windowed table: only the rows in view (and a few either side) are in the DOM, with spacer
 * rows standing in for the rest, so a thousand rows cost what twenty do. aria-rowcount gives
 * assistive technology the full size and each row its aria-rowindex. Each row has one tab stop;
 * Tab enters and leaves the table in one step, and Up, Down, Page Up, Page Down, Home and End
 * move between rows, scrolling as they go.
 */
export function VirtualTable({
  caption,
  columns,
  rowCount,
  rowHeight,
  viewportRows,
  rowKey,
  renderCells,
  onRangeChange,
}: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [active, setActive] = useState(0);
  const focusTarget = useRef<number | null>(null);
  const viewport = viewportRows * rowHeight;
  const start = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN);
  const end = Math.min(rowCount, Math.ceil((scrollTop + viewport) / rowHeight) + OVERSCAN);
  const activeRow = Math.min(active, Math.max(0, rowCount - 1));

  useEffect(() => {
    onRangeChange?.(start, end);
  }, [start, end, onRangeChange]);

  // After a key moves the active row, focus follows once that row is rendered as the tab stop.
  // The target lives in a ref, not a flag: an effect of an earlier render may run first (React
  // flushes pending effects before the next render), and it must not take the focus elsewhere.
  useEffect(() => {
    const target = focusTarget.current;
    if (target === null) return;
    const link = scroller.current?.querySelector<HTMLElement>(`[data-row="${target}"] [tabindex="0"]`);
    if (!link) return;
    focusTarget.current = null;
    link.focus({ preventScroll: true });
  });

  const moveTo = (index: number) => {
    const next = Math.min(rowCount - 1, Math.max(0, index));
    const box = scroller.current;
    if (box) {
      // Rows sit below the sticky header row, one rowHeight down.
      const top = next * rowHeight;
      if (top < box.scrollTop) box.scrollTop = top;
      else if (top + rowHeight > box.scrollTop + viewport) box.scrollTop = top + rowHeight - viewport;
      setScrollTop(box.scrollTop);
    }
    focusTarget.current = next;
    setActive(next);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const moves: Record<string, number> = {
      ArrowDown: activeRow + 1,
      ArrowUp: activeRow - 1,
      PageDown: activeRow + viewportRows,
      PageUp: activeRow - viewportRows,
      Home: 0,
      End: rowCount - 1,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    moveTo(target);
  };

  const rows: ReactNode[] = [];
  for (let i = start; i < end; i++) {
    const focus: RowFocusProps = {
      tabIndex: i === activeRow ? 0 : -1,
      onKeyDown,
      onFocus: () => setActive(i),
    };
    rows.push(
      <tr
        key={rowKey(i)}
        aria-rowindex={i + 2}
        data-row={i}
        className={i === activeRow ? 'is-active' : undefined}
        style={{ height: rowHeight }}
      >
        {renderCells(i, focus).map((cell, c) => (
          <td key={columns[c]?.header ?? c}>{cell}</td>
        ))}
      </tr>,
    );
  }

  return (
    <div
      ref={scroller}
      className="vt-scroller"
      style={{ maxHeight: viewport + rowHeight }}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
    >
      <table className="data-table vt-table" aria-rowcount={rowCount + 1}>
        <caption className="visually-hidden">{caption}</caption>
        <colgroup>
          {columns.map((c) => (
            <col key={c.header} style={{ width: c.width }} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1} style={{ height: rowHeight }}>
            {columns.map((c) => (
              <th scope="col" key={c.header}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {start > 0 && <Spacer height={start * rowHeight} span={columns.length} />}
          {rows}
          {end < rowCount && <Spacer height={(rowCount - end) * rowHeight} span={columns.length} />}
        </tbody>
      </table>
    </div>
  );
}

/** Stands in for the rows not rendered, so the scrollbar is true; hidden from assistive technology. */
function Spacer({ height, span }: { height: number; span: number }) {
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a table row takes no focus; it holds no control.
    <tr aria-hidden="true" className="vt-spacer" style={{ height }}>
      <td colSpan={span} />
    </tr>
  );
}
