import { Link } from 'react-router';
import { BUILT_IN_FORMATS } from '../../domain/builtInFormats';
import type { ExamFormat } from '../../domain/formats';
import { useCustomFormats } from '../../storage/live';
import { FormatFacts } from '../../ui/FormatFacts';
import { usePageTitle } from '../../ui/usePageTitle';

function FormatCard({ format }: { format: ExamFormat }) {
  const headingId = `format-${format.id}`;
  return (
    <li>
      <article className="format-card" aria-labelledby={headingId}>
        <h3 id={headingId}>
          <Link to={`/formats/${format.id}`}>
            {format.code}: {format.name}
          </Link>
        </h3>
        <p className="muted">
          {format.body}
          {format.origin === 'newer-built-in' ? ' · newer format' : ''}
          {format.origin === 'custom' ? ' · your format' : ''}
        </p>
        <FormatFacts format={format} />
      </article>
    </li>
  );
}

export function CatalogPage() {
  usePageTitle('Exams');
  const defaults = BUILT_IN_FORMATS.filter((f) => f.origin === 'built-in');
  const newer = BUILT_IN_FORMATS.filter((f) => f.origin === 'newer-built-in');
  const custom = useCustomFormats() ?? [];
  return (
    <>
      <h1>Mock exams</h1>
      <p className="lead">
        Pick a certification to see its format and sit a timed mock exam under its rules. Every answer is
        saved in this browser as you give it.
      </p>
      <section aria-labelledby="built-in">
        <h2 id="built-in">Certifications</h2>
        <ul className="card-grid">
          {defaults.map((f) => (
            <FormatCard key={f.id} format={f} />
          ))}
        </ul>
      </section>
      <section aria-labelledby="custom">
        <h2 id="custom">Your formats</h2>
        {custom.length === 0 ? (
          <p>
            None yet. Open any exam and choose “Copy and edit this format” to make a class quiz or a changed
            vendor format of your own.
          </p>
        ) : (
          <ul className="card-grid">
            {custom.map((f) => (
              <FormatCard key={f.id} format={f} />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="newer">
        <h2 id="newer">Newer published formats</h2>
        <p>
          AAPC has since published changed formats. They are offered beside the defaults above, which follow
          the source guide; verify them with AAPC before relying on them.
        </p>
        <ul className="card-grid">
          {newer.map((f) => (
            <FormatCard key={f.id} format={f} />
          ))}
        </ul>
      </section>
    </>
  );
}
