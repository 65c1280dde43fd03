import { Route, Routes } from 'react-router';
import { ResultsPage } from './ResultsPage';

/** A finished attempt's pages, loaded only when visited. */
export function ResultRoutes() {
  return (
    <Routes>
      <Route index element={<ResultsPage />} />
    </Routes>
  );
}
