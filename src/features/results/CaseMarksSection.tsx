import { displayCode } from '../../domain/codes';
import type { Form } from '../../domain/form';
import { caseResults } from '../../domain/report';
import type { CodeMark, Score } from '../../domain/scoring';

const MARK_TEXT: Record<CodeMark, string> = {
  found: 'Found',
  missing: 'Missing',
  'out-of-order': 'Out of order: the principal code must come first',
};

/** Each coding case: every expected code found, missing or out of order, and the extra codes entered. */
export function CaseMarksSection({ form, score }: { form: Form; score: Score }) {
  const cases = caseResults(form, score);
  if (cases.length === 0) return null;
  return (
    <section aria-labelledby="cases" className="report-section">
      <h2 id="cases">Coding cases</h2>
      {cases.map(({ index, question, marks, earned, possible }) => {
        const systems = new Map(question.expectedCodes.map((c) => [c.code, c.system]));
        return (
          <table key={index} className="data-table case-marks">
            <caption>
              Question {index + 1}: {earned} of {possible} codes
            </caption>
            <thead>
              <tr>
                <th scope="col">Expected code</th>
                <th scope="col">Result</th>
              </tr>
            </thead>
            <tbody>
              {marks.expected.map((e, i) => (
                // Expected codes may repeat in a bank; their position is their identity here.
                // biome-ignore lint/suspicious/noArrayIndexKey: rows are addressed by position
                <tr key={i} className={`mark-${e.mark}`}>
                  <th scope="row">{displayCode(e.code, systems.get(e.code) ?? null)}</th>
                  <td>{MARK_TEXT[e.mark]}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">Extra codes entered</th>
                <td>{marks.extra.length > 0 ? marks.extra.join(', ') : 'None'}</td>
              </tr>
            </tfoot>
          </table>
        );
      })}
    </section>
  );
}
