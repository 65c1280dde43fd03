import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { areaLabel } from '../../domain/areas';
import { type ExamFormat, partQuestionCount } from '../../domain/formats';
import { useFormat } from '../../storage/live';
import { FormatFacts } from '../../ui/FormatFacts';
import { usePageTitle } from '../../ui/usePageTitle';

/** A format's facts and blueprint; `actions` lets the app place what can be done with it (start an exam). */
export function FormatPage({ actions }: { actions?: (format: ExamFormat) => ReactNode }) {
  const { formatId = '' } = useParams();
  const format = useFormat(formatId);
  usePageTitle(format ? `${format.code} format` : 'Unknown format');
  if (format === undefined) return <p role="status">Loading the format…</p>;
  if (format === null) {
    return (
      <>
        <h1>Unknown exam format</h1>
        <p>
          No format is called “{formatId}”. <Link to="/">See all exams</Link>.
        </p>
      </>
    );
  }
  return (
    <>
      <p className="breadcrumb">
        <Link to="/">Exams</Link> / {format.code}
      </p>
      <h1>
        {format.code}: {format.name}
      </h1>
      <p className="lead">{format.summary}</p>
      <p className="button-row">
        <Link className="button" to={`/formats/${format.id}/copy`}>
          Copy and edit this format
        </Link>
        {format.origin === 'custom' && (
          <Link className="button" to={`/formats/${format.id}/edit`}>
            Edit this format
          </Link>
        )}
      </p>
      {actions?.(format)}
      <section aria-labelledby="facts">
        <h2 id="facts">Format</h2>
        <FormatFacts format={format} detailed />
      </section>
      {format.assumptions.length > 0 && (
        <section aria-labelledby="assumptions" className="note">
          <h2 id="assumptions">Assumptions</h2>
          <ul>
            {format.assumptions.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="blueprint">
        <h2 id="blueprint">Areas of knowledge</h2>
        <p>{format.blueprintNote}</p>
        {format.parts.map((part) => (
          <table key={part.id} className="data-table">
            <caption>
              {part.title}: {partQuestionCount(part)}
            </caption>
            <thead>
              <tr>
                <th scope="col">Area</th>
                <th scope="col">Questions</th>
              </tr>
            </thead>
            <tbody>
              {part.blueprint.map((row) => (
                <tr key={row.area}>
                  <th scope="row">{areaLabel(row.area)}</th>
                  <td>{row.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </section>
      <p className="muted">
        Source: {format.source.label} ({format.source.date}).
      </p>
    </>
  );
}
