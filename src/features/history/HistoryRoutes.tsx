import { Route, Routes } from 'react-router';

/** Loaded only when visited. */
export function HistoryRoutes() {
  return (
    <Routes>
      <Route index element={<h1>History</h1>} />
    </Routes>
  );
}
