import { isRouteErrorResponse, Link, useRouteError } from 'react-router';

/** Shown instead of a page that failed: says what happened and that saved work is safe. */
export function RouteError() {
  const error = useRouteError();
  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : 'Unknown error';
  return (
    <main id="main" className="route-error">
      <h1>Something went wrong on this page</h1>
      <p>Your saved answers and history are kept in this browser and were not changed.</p>
      <p>
        Details: <code>{message}</code>
      </p>
      <p>
        <Link to="/">Back to the exams</Link>
      </p>
    </main>
  );
}
