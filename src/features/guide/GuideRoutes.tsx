import { Route, Routes } from 'react-router';

/** The certification guide: its own pages under /guide, loaded only when visited. */
export function GuideRoutes() {
  return (
    <Routes>
      <Route index element={<h1>Certification guide</h1>} />
    </Routes>
  );
}
