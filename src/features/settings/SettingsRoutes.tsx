import { Route, Routes } from 'react-router';

/** Loaded only when visited. */
export function SettingsRoutes() {
  return (
    <Routes>
      <Route index element={<h1>Settings and backup</h1>} />
    </Routes>
  );
}
