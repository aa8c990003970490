import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { i18n } from '@/i18n/i18n';
import { registerServiceWorker } from './register';
import { UpdatePrompt, type LocationSource } from './update-prompt';

/**
 * Registers the service worker and mounts the update banner in a root of its own, after the
 * root. `src/main.tsx` loads this module only once the app's first render is committed and the
 * page has loaded, a second later, when the browser is idle, so neither workbox-window nor the
 * banner is on the way to the first paint (issue 18), and a root of its own keeps the banner
 * out of hydration.
 */
export function startPwa(router: LocationSource): void {
  registerServiceWorker();
  const host = document.createElement('div');
  host.id = 'update-root';
  document.getElementById('root')?.after(host);
  createRoot(host).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <UpdatePrompt router={router} />
      </I18nextProvider>
    </StrictMode>,
  );
}
