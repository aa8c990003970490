/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { compileHints } from './scripts/compile-hints-plugin.js';
import { DIAGNOSE_ROUTE_MODULE, FIRST_STEP_MODULES } from './src/config/first-question.js';
import { locales } from './scripts/locales-plugin.js';
import { prerender } from './scripts/prerender-plugin.js';
import { srcAlias } from './scripts/src-alias.js';

/**
 * `BASE_PATH` serves the site under a path prefix (e.g. `/doctor/`); the router uses the same
 * base as its basename. `SITE_URL` (used by the prerender step) is the absolute origin for the
 * sitemap and canonical links. See README, "Deploying".
 */
const base = `/${(process.env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

export default defineConfig({
  base,
  resolve: { alias: srcAlias },
  plugins: [
    react(),
    // Words as JSON files, fetched by the app (scripts/locales-plugin.ts).
    locales(),
    // V8 compiles what the first question runs while it downloads (scripts/compile-hints-plugin.ts):
    // the entry, the diagnose route and the step form (the modules the symptom shells preload).
    compileHints({ modules: [DIAGNOSE_ROUTE_MODULE, ...FIRST_STEP_MODULES] }),
    // Static HTML for the start pages and the cause library (runs before the service worker is
    // generated, so the pages are precached too).
    prerender(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      integration: { closeBundleOrder: 'post' },
      includeAssets: ['favicon-32.png', 'icons/*.png', 'icons/*.svg'],
      manifest: {
        name: 'SSL-VPN Doctor',
        short_name: 'VPN Doctor',
        description:
          'From an OpenVPN SSL-VPN symptom to its cause and fix, in English and Japanese (offline too).',
        lang: 'en',
        start_url: base,
        scope: base,
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0b5cad',
        icons: [
          { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: 'icons/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        // Everything the app can show: all page chunks, every locale chunk, styles, icons and
        // the prerendered pages (served for their own URLs; other navigations get the shell).
        globPatterns: ['**/*.{js,css,html,json,svg,png,webmanifest}'],
        globIgnores: ['**/node_modules/**', '.vite/**', '404.html'],
        navigateFallback: 'index.html',
        // Files (sitemap.xml, robots.txt, …) are never answered with the app shell.
        navigateFallbackDenylist: [/\/[^/?]+\.[a-z0-9]+(?:\?.*)?$/i],
        cleanupOutdatedCaches: true,
        // Offline in the first tab: the worker of a first visit takes control of the open page
        // as soon as it is active, so the lazy chunks and locale files that page asks for next
        // come from the precache. A first install never waits (there is no older worker), so
        // `skipWaiting` stays off: an update still waits for the user's "Reload".
        clientsClaim: true,
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      },
    }),
  ],
  build: {
    target: 'es2022',
    manifest: true,
    sourcemap: false,
    // Every supported browser has native <link rel="modulepreload">: the polyfill would only add
    // bytes to the entry (it is never inlined into index.html, which must stay script-free for
    // the CSP `script-src 'self'`).
    modulePreload: { polyfill: false },
    // The prerender and service-worker steps run after the bundle on purpose (closeBundle):
    // don't warn about their time on every build.
    rolldownOptions: {
      checks: { bundlerTimings: false },
    },
  },
  preview: {
    port: 4173,
    strictPort: true,
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'locales/**/*.test.ts', 'scripts/**/*.test.ts'],
    setupFiles: ['src/test-setup.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
