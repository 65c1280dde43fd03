import { memo, useState } from 'react';
import { type Attempt, responseOf } from '../../domain/attempt';
import { questionKey } from '../../domain/questions';

const FILTERS = ['all', 'unanswered', 'flagged', 'answered'] as const;
type Filter = (typeof FILTERS)[number];
const isFilter = (value: string): value is Filter => (FILTERS as readonly string[]).includes(value);

interface Entry {
  index: number;
  answered: boolean;
  flagged: boolean;
}

const MATCHES: Record<Filter, (e: Entry) => boolean> = {
  all: () => true,
  unanswered: (e) => !e.answered,
  flagged: (e) => e.flagged,
  answered: (e) => e.answered,
};

interface Props {
  attempt: Attempt;
  current: number;
  onGo: (index: number) => void;
}

/** Every question at a glance: answered, unanswered or flagged, filterable. */
export function Navigator({ attempt, current, onGo }: Props) {
  const [filter, setFilter] = useState<Filter>('all');
  const entries = attempt.form.items.map((item, index): Entry => {
    const r = responseOf(attempt, questionKey(item.question));
    return { index, answered: r.answer !== null, flagged: r.flagged };
  });
  const shown = entries.filter(MATCHES[filter]);
  return (
    <nav className="navigator" aria-label="Questions">
      <label htmlFor="navigator-filter">Show</label>
      <select
        id="navigator-filter"
        value={filter}
        onChange={(e) => isFilter(e.target.value) && setFilter(e.target.value)}
      >
        <option value="all">All questions</option>
        <option value="unanswered">Unanswered</option>
        <option value="flagged">Flagged</option>
        <option value="answered">Answered</option>
      </select>
      <ol className="navigator-grid">
        {shown.map((e) => (
          <NavCell
            key={e.index}
            index={e.index}
            answered={e.answered}
            flagged={e.flagged}
            current={current === e.index}
            onGo={onGo}
          />
        ))}
      </ol>
      {shown.length === 0 && <p className="muted">No questions match.</p>}
    </nav>
  );
}

interface CellProps {
  index: number;
  answered: boolean;
  flagged: boolean;
  current: boolean;
  onGo: (index: number) => void;
}

/** One question's button; memoised, so saving an answer repaints one cell, not all of them. */
const NavCell = memo(function NavCell({ index, answered, flagged, current, onGo }: CellProps) {
  const state = [answered ? 'answered' : 'unanswered', flagged ? 'flagged' : ''].filter(Boolean).join(', ');
  return (
    <li>
      <button
        type="button"
        className={`nav-cell ${answered ? 'is-answered' : ''} ${flagged ? 'is-flagged' : ''}`}
        aria-current={current ? 'step' : undefined}
        aria-label={`Question ${index + 1}, ${state}`}
        onClick={() => onGo(index)}
      >
        {index + 1}
      </button>
    </li>
  );
});
