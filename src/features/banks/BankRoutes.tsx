import { Route, Routes } from 'react-router';

/** Loaded only when visited. */
export function BankRoutes() {
  return (
    <Routes>
      <Route index element={<h1>Question banks</h1>} />
    </Routes>
  );
}
