import { Link, Route, Routes } from 'react-router';
import { usePageTitle } from '../../ui/usePageTitle';
import { CareerPage } from './career/CareerPage';
import { ComparePage } from './compare/ComparePage';
import { CostPlannerPage } from './costs/CostPlannerPage';
import { GuideIndexPage } from './GuideIndexPage';
import { PacingPage } from './pacing/PacingPage';

/** The certification guide: its own pages under /guide, loaded only when visited. */
export function GuideRoutes() {
  return (
    <Routes>
      <Route index element={<GuideIndexPage />} />
      <Route path="compare" element={<ComparePage />} />
      <Route path="costs" element={<CostPlannerPage />} />
      <Route path="pacing" element={<PacingPage />} />
      <Route path="career" element={<CareerPage />} />
      <Route path="*" element={<GuideNotFound />} />
    </Routes>
  );
}

function GuideNotFound() {
  usePageTitle('Guide page not found');
  return (
    <>
      <h1>Guide page not found</h1>
      <p>
        There is no such page in the guide. <Link to="/guide">See the guide's pages</Link>.
      </p>
    </>
  );
}
