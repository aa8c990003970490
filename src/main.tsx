import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { QueryClientProvider } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import { createAppRouter } from '@/app/router';
import { queryClient } from '@/lib/query-client';
import { i18n } from '@/i18n/i18n';
import { registerServiceWorker } from '@/features/pwa/register';
import { UpdatePrompt } from '@/features/pwa/update-prompt';
import './styles.css';

type AppRouter = ReturnType<typeof createAppRouter>;

/** Resolves once the router has run the first match's lazy modules and loaders (words). */
function whenReady(router: AppRouter): Promise<void> {
  return new Promise((done) => {
    if (router.state.initialized) return done();
    const stop = router.subscribe((state) => {
      if (!state.initialized) return;
      stop();
      done();
    });
  });
}

/**
 * True when the HTML holds a build-time render of this very page (scripts/prerender-plugin):
 * same path, and no query (a query such as `?q=` changes what the page shows).
 */
function prerenderedHere(container: HTMLElement, router: AppRouter): boolean {
  const trim = (p: string) => p.replace(/\/+$/, '') || '/';
  const { pathname, search } = router.state.location;
  const rendered = container.dataset.prerendered;
  return rendered !== undefined && search === '' && trim(rendered) === trim(pathname);
}

async function start(container: HTMLElement) {
  const router = createAppRouter();
  const app = (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <I18nextProvider i18n={i18n}>
          <RouterProvider router={router} />
          <UpdatePrompt router={router} />
        </I18nextProvider>
      </QueryClientProvider>
    </StrictMode>
  );
  // Render only once the page's lazy route module and words are in: a prerendered page then
  // hydrates node for node (no fallback, no flash), and no page renders an empty fallback.
  const prerendered = prerenderedHere(container, router);
  await whenReady(router);
  if (prerendered) {
    hydrateRoot(container, app);
  } else {
    container.replaceChildren();
    delete container.dataset.prerendered;
    createRoot(container).render(app);
  }
  registerServiceWorker();
}

const container = document.getElementById('root');
if (container) void start(container);
