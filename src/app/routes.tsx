import { CatalogPage } from '../features/catalog/CatalogPage';
import { FormatPage } from '../features/catalog/FormatPage';
import { ResumeBanner } from '../features/exam/ResumeBanner';
import { StartExam } from '../features/exam/start/StartExam';

// Pages that put two features side by side; features never import each other.

export function HomeRoute() {
  return (
    <>
      <ResumeBanner />
      <CatalogPage />
    </>
  );
}

export function FormatRoute() {
  return <FormatPage actions={(format) => <StartExam format={format} />} />;
}
