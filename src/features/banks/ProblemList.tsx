import { describeProblem, type ImportProblem } from '../../importers/types';

const SHOWN = 200;

/** Every problem found, as `file:line (field): message`; a long list is cut after 200 with a count. */
export function ProblemList({ problems }: { problems: readonly ImportProblem[] }) {
  const rest = problems.length - SHOWN;
  return (
    <>
      <ul className="problem-list">
        {problems.slice(0, SHOWN).map((p, i) => (
          // Problems have no id; their order never changes while shown.
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, read once.
          <li key={i}>
            <code>{describeProblem(p)}</code>
          </li>
        ))}
      </ul>
      {rest > 0 && <p>… and {rest.toLocaleString('en')} more problems of the same file.</p>}
    </>
  );
}
