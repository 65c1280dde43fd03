import { Route, Routes } from 'react-router';
import { HistoryPage } from './HistoryPage';
import { StudyPage } from './study/StudyPage';

/** Loaded only when visited: the history list with its charts, and the study quiz builder. */
export function HistoryRoutes() {
  return (
    <Routes>
      <Route index element={<HistoryPage />} />
      <Route path="study" element={<StudyPage />} />
    </Routes>
  );
}
