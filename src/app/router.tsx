import { createBrowserRouter } from 'react-router';
import { Layout } from './Layout';
import { RouteError } from './RouteError';
import { HomeRoute } from './routes';

export const routes = [
  {
    path: '/',
    Component: Layout,
    ErrorBoundary: RouteError,
    // Shown while a lazily loaded page arrives on the first render.
    HydrateFallback: Loading,
    children: [
      { index: true, Component: HomeRoute },
      {
        path: 'formats/:formatId',
        lazy: async () => ({ Component: (await import('./formatRoute')).FormatRoute }),
      },
      {
        path: 'formats/:formatId/copy',
        lazy: async () => ({ Component: (await import('./formatEditorRoutes')).CopyFormatRoute }),
      },
      {
        path: 'formats/:formatId/edit',
        lazy: async () => ({ Component: (await import('./formatEditorRoutes')).EditFormatRoute }),
      },
      {
        path: 'exam/:attemptId',
        lazy: async () => ({ Component: (await import('../features/exam/ExamPage')).ExamPage }),
      },
      {
        path: 'results/:attemptId/*',
        lazy: async () => ({ Component: (await import('../features/results/ResultRoutes')).ResultRoutes }),
      },
      {
        path: 'history/*',
        lazy: async () => ({ Component: (await import('../features/history/HistoryRoutes')).HistoryRoutes }),
      },
      {
        path: 'banks/*',
        lazy: async () => ({ Component: (await import('../features/banks/BankRoutes')).BankRoutes }),
      },
      {
        path: 'settings/*',
        lazy: async () => ({
          Component: (await import('../features/settings/SettingsRoutes')).SettingsRoutes,
        }),
      },
      {
        path: 'guide/*',
        lazy: async () => ({ Component: (await import('../features/guide/GuideRoutes')).GuideRoutes }),
      },
      { path: '*', Component: NotFound },
    ],
  },
];

function Loading() {
  return <p role="status">Loading…</p>;
}

function NotFound() {
  return (
    <section aria-labelledby="not-found">
      <h1 id="not-found">Page not found</h1>
      <p>There is nothing at this address. Use the navigation above to go back to the exams.</p>
    </section>
  );
}

export const router = createBrowserRouter(routes);
