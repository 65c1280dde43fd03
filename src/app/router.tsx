import { createBrowserRouter } from 'react-router';
import { CatalogPage } from '../features/catalog/CatalogPage';
import { FormatPage } from '../features/catalog/FormatPage';
import { Layout } from './Layout';
import { RouteError } from './RouteError';

export const routes = [
  {
    path: '/',
    Component: Layout,
    ErrorBoundary: RouteError,
    children: [
      { index: true, Component: CatalogPage },
      { path: 'formats/:formatId', Component: FormatPage },
      {
        path: 'guide/*',
        lazy: async () => ({ Component: (await import('../features/guide/GuideRoutes')).GuideRoutes }),
      },
      { path: '*', Component: NotFound },
    ],
  },
];

function NotFound() {
  return (
    <section aria-labelledby="not-found">
      <h1 id="not-found">Page not found</h1>
      <p>There is nothing at this address. Use the navigation above to go back to the exams.</p>
    </section>
  );
}

export const router = createBrowserRouter(routes);
