import { useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import { isExamPath, useUpdateStore } from './updateStore';
import './updatePrompt.css';

/**
 * Offers a new version of the app. During an exam it only says the update waits: installing it
 * reloads the page, which must never happen under a running exam.
 */
export function UpdatePrompt() {
  const { pathname } = useLocation();
  const { apply, dismissed, reloadAfterExam, reload } = useUpdateStore();
  const [updating, setUpdating] = useState(false);
  const inExam = isExamPath(pathname);

  useEffect(() => {
    if (reloadAfterExam && !inExam) reload();
  }, [reloadAfterExam, inExam, reload]);

  const waiting = (apply !== null && !dismissed) || reloadAfterExam;
  if (!waiting) return null;
  if (inExam)
    return (
      <aside className="update-prompt" aria-label="App update">
        <p role="status">A new version of the app is ready. It will be installed after this exam.</p>
      </aside>
    );
  return (
    <aside className="update-prompt" aria-label="App update">
      <p role="status">A new version is ready.</p>
      <button
        type="button"
        disabled={updating}
        onClick={() => {
          if (!apply) return;
          setUpdating(true);
          void apply();
        }}
      >
        {updating ? 'Updating…' : 'Update now'}
      </button>
      <button type="button" onClick={() => useUpdateStore.setState({ dismissed: true })}>
        Later
      </button>
    </aside>
  );
}
