import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// The machine is shared and noisy: let findBy/waitFor wait longer before giving up. This is a
// ceiling for waiting, not a speed assertion.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
});
