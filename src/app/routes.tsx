import { CatalogPage } from '../features/catalog/CatalogPage';
import { ResumeBanner } from '../features/exam/ResumeBanner';

// The home page puts two features side by side; features never import each other.

export function HomeRoute() {
  return (
    <>
      <ResumeBanner />
      <CatalogPage />
    </>
  );
}
