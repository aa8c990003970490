import { StrictMode, startTransition, useEffect } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { I18nextProvider } from 'react-i18next';
import { createAppRouter } from '@/app/router';
import { addBundles, type BundleMap } from '@/i18n/i18n';
import { i18n } from '@/i18n/i18n';
import { WORDS_ELEMENT_ID } from '@/i18n/page-words';
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
function prerenderedHere(container: HTMLElement, pathname: string, search: string): boolean {
  const trim = (p: string) => p.replace(/\/+$/, '') || '/';
  const rendered = container.dataset.prerendered;
  return rendered !== undefined && search === '' && trim(rendered) === trim(pathname);
}

/**
 * The words a prerendered page was rendered with (a JSON data block, not a script: it is never
 * executed, so `script-src 'self'` holds). Handing them to i18next before the router starts
 * means the page's loaders find every namespace present and hydration fetches no locale file.
 */
function adoptPageWords(): void {
  const block = document.getElementById(WORDS_ELEMENT_ID);
  if (!block) return;
  try {
    addBundles(JSON.parse(block.textContent ?? '{}') as BundleMap);
  } catch {
    // A damaged block only costs the round trip: the loaders fetch the words.
  }
  block.remove();
}

/**
 * Renders nothing; calls `onCommit` once React has committed the app's first render (hydrated
 * the prerendered page or rendered over a shell). Hydration runs as a transition, in slices, so
 * the window's `load` event and idle time can come before it ends: this is the mark that the
 * page the user came for is painted.
 */
function FirstCommit({ onCommit }: { onCommit: () => void }) {
  useEffect(onCommit, [onCommit]);
  return null;
}

async function start(container: HTMLElement) {
  const base = import.meta.env.BASE_URL.replace(/\/+$/, '');
  const pathname = window.location.pathname.slice(base.length) || '/';
  const prerendered = prerenderedHere(container, pathname, window.location.search);
  if (prerendered) adoptPageWords();
  const router = createAppRouter();
  // The worker (workbox-window) and the update banner only once the app has committed its first
  // render, the page has loaded, a second has passed and the browser is idle: they are never on
  // the critical path. The second: right after the commit their chunk raced the page's next
  // frame (the bench counted it toward the cause page's paint in 2 of 4 runs, 3.4 kB), and the
  // first visit's precache (about 400 files) then ran under the user's first click.
  let pwaStarted = false;
  const pwa = () => {
    if (pwaStarted) return;
    pwaStarted = true;
    void import('@/features/pwa/start-pwa').then((m) => m.startPwa(router));
  };
  const later = () => setTimeout(() => afterPaint(pwa), PWA_DELAY_MS);
  const committed = () => {
    if (document.readyState === 'complete') later();
    else window.addEventListener('load', later, { once: true });
  };
  const app = (
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <RouterProvider router={router} />
        <FirstCommit onCommit={committed} />
      </I18nextProvider>
    </StrictMode>
  );
  // Render only once the page's lazy route module and words are in: a prerendered page then
  // hydrates node for node (no fallback, no flash), and no page renders an empty fallback.
  await whenReady(router);
  if (prerendered) {
    // The HTML is already on screen: hydrate as a transition so the work yields to input and
    // paint instead of one long task.
    startTransition(() => {
      hydrateRoot(container, app);
    });
  } else {
    // What the HTML holds (a shell's frame, or a prerendered page opened with a query) stays on
    // screen until React's first commit replaces it: no blank frame in between.
    delete container.dataset.prerendered;
    // As a transition too: the first render of a long page (a diagnosis with its fix steps)
    // yields to the browser in slices instead of one long task.
    const root = createRoot(container);
    startTransition(() => root.render(app));
  }
}

/** How long after the first commit and `load` the worker starts (see `start`). */
const PWA_DELAY_MS = 1000;

/** Runs `work` when the browser is idle after the next frame (a timeout where idle callbacks are missing). */
function afterPaint(work: () => void): void {
  requestAnimationFrame(() => {
    if ('requestIdleCallback' in window) window.requestIdleCallback(work, { timeout: 2000 });
    else setTimeout(work, 0);
  });
}

const container = document.getElementById('root');
if (container) void start(container);
