import { registerSW } from 'virtual:pwa-register';
import { offerUpdate, reloadWhenSafe } from '../features/settings/updateStore';

// Imported once by main.tsx for its effect: registers the service worker that keeps the app usable
// offline. A new version is only offered (registerType 'prompt'); the page reloads when the candidate
// accepts, or, when another tab installed it during an exam here, only after this exam is left.

const HOUR = 60 * 60 * 1000;

const update = registerSW({
  onNeedRefresh: () => offerUpdate(() => update()),
  onNeedReload: () => reloadWhenSafe(window.location.pathname),
  onRegisteredSW: (_url, registration) => {
    // A tab left open for days still hears of new versions; offline, there is nothing to ask.
    if (!registration) return;
    setInterval(() => {
      if (navigator.onLine) void registration.update();
    }, HOUR);
  },
});
