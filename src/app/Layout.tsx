import { useEffect, useState } from 'react';
import { NavLink, Outlet, ScrollRestoration } from 'react-router';
import { UpdatePrompt } from '../features/settings/UpdatePrompt';
import { startup } from './startup';

export function Layout() {
  const [startupError, setStartupError] = useState<string | null>(null);
  useEffect(() => {
    startup().catch((error: unknown) => {
      setStartupError(error instanceof Error ? error.message : String(error));
    });
  }, []);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <p className="brand">Coding Exam Simulator</p>
        <nav aria-label="Main">
          <ul>
            <li>
              <NavLink to="/" end>
                Exams
              </NavLink>
            </li>
            <li>
              <NavLink to="/history">History</NavLink>
            </li>
            <li>
              <NavLink to="/banks">Question banks</NavLink>
            </li>
            <li>
              <NavLink to="/guide">Guide</NavLink>
            </li>
            <li>
              <NavLink to="/settings">Settings</NavLink>
            </li>
          </ul>
        </nav>
      </header>
      <UpdatePrompt />
      <main id="main" tabIndex={-1}>
        {startupError && (
          <p role="alert" className="error-banner">
            The app could not finish opening this browser's saved data ({startupError}). Nothing saved was
            changed; reload the page to try again.
          </p>
        )}
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>
          Practice only: formats and fees come from a published guide and may have changed. Check with AAPC or
          AMBA before you book.
        </p>
      </footer>
      <ScrollRestoration />
    </>
  );
}
