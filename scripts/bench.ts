import { benchBundle } from './bench/bundle';
import { benchChromium } from './bench/chromium';
import { benchDomain } from './bench/domain';
import { benchImporters } from './bench/importers';

// Figures, not pass/fail: the machine is shared and noisy, so compare medians and ratios.
async function main(): Promise<void> {
  const only = process.argv[2];
  if (!only || only === 'domain') benchDomain();
  if (!only || only === 'importers') benchImporters();
  if (!only || only === 'bundle') await benchBundle();
  if (!only || only === 'chromium') await benchChromium();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
