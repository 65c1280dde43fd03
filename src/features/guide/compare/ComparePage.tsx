import { useId, useState } from 'react';
import { BUILT_IN_FORMATS } from '../../../domain/builtInFormats';
import { GuideHeader } from '../GuideHeader';
import { COLUMNS, type Column } from './columns';
import { nextSort, type SortState, sortRows } from './sortRows';

function SortableHeader({
  column,
  sort,
  onSort,
}: {
  column: Column;
  sort: SortState | null;
  onSort: (id: string) => void;
}) {
  const direction = sort?.column === column.id ? sort.direction : null;
  return (
    <th scope="col" aria-sort={direction ?? 'none'}>
      <button type="button" className="guide-sort" onClick={() => onSort(column.id)}>
        {column.label}
        <span aria-hidden="true" className="guide-sort-icon">
          {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}
        </span>
      </button>
    </th>
  );
}

export function ComparePage() {
  const [sort, setSort] = useState<SortState | null>(null);
  const captionId = useId();
  const headingId = useId();
  const sortedColumn = COLUMNS.find((c) => c.id === sort?.column);
  const rows =
    sort && sortedColumn
      ? sortRows(BUILT_IN_FORMATS, sortedColumn.sortKey, sort.direction)
      : BUILT_IN_FORMATS;
  const [first, ...rest] = COLUMNS;
  const sources = [...new Set(BUILT_IN_FORMATS.map((f) => `${f.source.label} (${f.source.date})`))];

  return (
    <>
      <GuideHeader title="Compare certifications">
        Every built-in exam format side by side. Choose a column heading to sort by it; choose it again to
        reverse the order. The source guide's formats come first, then the newer formats.
      </GuideHeader>
      <section aria-labelledby={headingId}>
        <h2 id={headingId}>All exams</h2>
        <div className="guide-toolbar">
          <p role="status" className="muted">
            {sort && sortedColumn
              ? `Sorted by ${sortedColumn.label}, ${sort.direction}.`
              : 'In the default order.'}
          </p>
          <button type="button" onClick={() => setSort(null)} disabled={sort === null}>
            Default order
          </button>
        </div>
        {/* A named region that scrolls sideways on a phone; the sort buttons in every column header are
            focusable, so tabbing through them scrolls the whole width by keyboard. */}
        <section className="guide-table-scroll" aria-labelledby={captionId}>
          <table className="data-table guide-compare">
            <caption id={captionId} className="guide-sr-only">
              Certification exams compared
            </caption>
            <thead>
              <tr>
                {COLUMNS.map((c) => (
                  <SortableHeader
                    key={c.id}
                    column={c}
                    sort={sort}
                    onSort={(id) => setSort(nextSort(sort, id))}
                  />
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((f) => (
                <tr key={f.id}>
                  {first && <th scope="row">{first.cell(f)}</th>}
                  {rest.map((c) => (
                    <td key={c.id}>{c.cell(f)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <p className="muted">
          Fees marked “Not stated” are not given by the source for that way of sitting the exam. Sources:{' '}
          {sources.join('; ')}.
        </p>
      </section>
    </>
  );
}
