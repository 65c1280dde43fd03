export interface StartupReport {
  readonly seeded: boolean;
  readonly finishedAttempts: readonly string[];
  readonly persisted: boolean | null;
}

/** Asks the browser to keep this site's data under storage pressure; null where it cannot be asked. */
async function requestPersistence(): Promise<boolean | null> {
  if (!navigator.storage?.persist) return null;
  try {
    return (await navigator.storage.persisted()) || (await navigator.storage.persist());
  } catch {
    return null;
  }
}

let running: Promise<StartupReport> | null = null;

/** Runs once per page load: sample banks on first run, attempts whose time ran out finished. */
export function startup(): Promise<StartupReport> {
  running ??= (async () => {
    const now = Date.now();
    // The sample banks and their validator (zod) load apart from the first screen.
    const seed = async () => (await import('../storage/shippedBanks')).seedShippedBanks(now);
    const finish = async () => (await import('../storage/lifecycle')).finishExpiredAttempts(now);
    const [seeded, finishedAttempts, persisted] = await Promise.all([seed(), finish(), requestPersistence()]);
    return { seeded, finishedAttempts, persisted };
  })();
  return running;
}
