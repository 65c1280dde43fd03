import { FormatPage } from '../features/catalog/FormatPage';
import { StartExam } from '../features/exam/start/StartExam';

/** A format's page with the form that starts a mock exam from it; loaded when a format is opened. */
export function FormatRoute() {
  return <FormatPage actions={(format) => <StartExam format={format} />} />;
}
