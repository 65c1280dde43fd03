import { type Coverage, orList } from './coverage';

/** What a supply of questions is enough for, format by format. */
export function CoverageText({ coverage, subject }: { coverage: Coverage; subject: string }) {
  return (
    <ul className="coverage-list">
      {coverage.enough.length > 0 ? (
        <li className="coverage ok">
          {subject} enough for a {orList(coverage.enough)} form.
        </li>
      ) : (
        <li className="coverage short">{subject} not enough for a full form of any built-in exam.</li>
      )}
      {coverage.short.map((s) => (
        <li key={s.text} className="coverage short">
          {orList(s.formats)}: {s.text}.
        </li>
      ))}
    </ul>
  );
}
