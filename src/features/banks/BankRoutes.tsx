import { Route, Routes } from 'react-router';
import { BankLibraryPage } from './BankLibraryPage';

/** Loaded only when visited. */
export function BankRoutes() {
  return (
    <Routes>
      <Route index element={<BankLibraryPage />} />
    </Routes>
  );
}
