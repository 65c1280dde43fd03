import { Route, Routes } from 'react-router';
import { SettingsPage } from './SettingsPage';

/** Loaded only when visited. */
export function SettingsRoutes() {
  return (
    <Routes>
      <Route index element={<SettingsPage />} />
    </Routes>
  );
}
