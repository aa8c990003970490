import { fileURLToPath } from 'node:url';

/** `@/x` → `src/x`: the import alias of the UI and shared layers (tsconfig `paths` says the same). */
export const srcAlias = { '@': fileURLToPath(new URL('../src', import.meta.url)) };
