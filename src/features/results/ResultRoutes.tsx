import { Route, Routes } from 'react-router';
import { ResultsPage } from './ResultsPage';
import { ReviewPage } from './review/ReviewPage';

/** A finished attempt's pages, loaded only when visited: the score report and the answer review. */
export function ResultRoutes() {
  return (
    <Routes>
      <Route index element={<ResultsPage />} />
      <Route path="review" element={<ReviewPage />} />
    </Routes>
  );
}
