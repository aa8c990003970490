/**
 * The modules a symptom's first question runs, as paths from the project root (Vite's manifest
 * keys). One list for the two build steps that need it: the symptom shells preload them
 * (`diagnoseShells()` in `src/entry-server.tsx`, ADR 0006) and they carry V8's compile hint
 * (`scripts/compile-hints-plugin.ts`, ADR 0007).
 */

/** The diagnose route: every step and diagnosis of a symptom. */
export const DIAGNOSE_ROUTE_MODULE = 'src/app/routes/diagnose.tsx';

/**
 * Only a question needs these: the step form the wizard loads on demand, and the evidence box a
 * first step offers (folded) under it.
 */
export const FIRST_STEP_MODULES = [
  'src/features/wizard/step-form.tsx',
  'src/features/inspector/evidence-box.tsx',
] as const;
