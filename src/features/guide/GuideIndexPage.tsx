import { Link } from 'react-router';
import { usePageTitle } from '../../ui/usePageTitle';

const PAGES = [
  {
    to: 'compare',
    title: 'Compare certifications',
    about: 'Questions, time, pass mark, book rules, fees and retakes side by side.',
  },
  {
    to: 'costs',
    title: 'Plan your costs',
    about: 'What your attempts would cost with the free retakes applied, line by line.',
  },
  {
    to: 'pacing',
    title: 'Exam-day pacing',
    about: 'Time per question and where to be at each checkpoint, with extra time if you have it.',
  },
  {
    to: 'career',
    title: 'Career context',
    about: 'Certificate programs, accreditation, the professional bodies, job growth and salaries.',
  },
] as const;

export function GuideIndexPage() {
  usePageTitle('Certification guide');
  return (
    <>
      <h1>Certification guide</h1>
      <p className="lead">
        Choosing between medical coding certifications? These pages lay out what each exam asks of you, what
        it costs, how to pace the day, and where it can lead. The figures come from the same published guide
        as the mock exams, so check with AAPC or AMBA before you book.
      </p>
      <section aria-labelledby="guide-pages">
        <h2 id="guide-pages">In this guide</h2>
        <ul className="guide-links">
          {PAGES.map((p) => (
            <li key={p.to}>
              <Link to={p.to}>{p.title}</Link>
              <p className="muted">{p.about}</p>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
