/**
 * Vite plugin: V8's explicit compile hint (`//# allFunctionsCalledOnLoad`, Chrome 136+) at the
 * top of the chunks the first question runs: the entry's static closure and that of the given
 * modules (the diagnose route, the step form).
 *
 * Without it V8 compiles each function lazily, on the main thread, the first time it runs. On
 * a first question that is the entry's code (React, the router, i18next) while it renders,
 * and on the first click it is the wizard's next code paths: 25–50 ms of `V8.CompileCode` at
 * 4× CPU in a trace. With the hint V8 compiles those files whole while they stream in, off the
 * main thread. Measured under Lighthouse's mobile throttling (scripts/bench-peer.mjs's
 * conditions, 3 alternating runs of 3, medians): first question 1725 / 1658 / 1641 ms against
 * 1845 / 1631 / 1652 ms without. Browsers without the feature read an ordinary comment.
 *
 * Only these chunks: a file whose functions mostly do not run on load (the X.509 parser, the
 * log analyzer) would be compiled whole for nothing. And only files of at least
 * {@link MIN_HINTED_BYTES}: a smaller one compiles lazily in a moment, and the comment costs
 * about 22 bytes gzip per file (13 such files on a deep-linked diagnosis: 139.14 kB with them,
 * 138.80 kB without, against a budget of 139.4 kB).
 */
import type { Plugin } from 'vite';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** Files below this size (minified bytes) get no hint. */
export const MIN_HINTED_BYTES = 4096;

interface ChunkInfo {
  readonly type: 'chunk' | 'asset';
  readonly isEntry?: boolean;
  readonly facadeModuleId?: string | null;
  readonly imports?: readonly string[];
}

/**
 * The file names of the entry chunks and of the chunks whose module ends with one of `modules`
 * (paths from the project root), with their static imports, recursively.
 */
export function hintedChunks(
  bundle: Readonly<Record<string, ChunkInfo>>,
  modules: readonly string[],
): Set<string> {
  const out = new Set<string>();
  const visit = (file: string) => {
    const chunk = bundle[file];
    if (!chunk || chunk.type !== 'chunk' || out.has(file)) return;
    out.add(file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  const is = (id: string | null | undefined, m: string) =>
    !!id && id.replaceAll('\\', '/').endsWith(`/${m}`);
  const wanted = (id: string | null | undefined) => modules.some((m) => is(id, m));
  for (const [file, chunk] of Object.entries(bundle)) {
    if (chunk.type === 'chunk' && (chunk.isEntry || wanted(chunk.facadeModuleId))) visit(file);
  }
  const missing = modules.filter(
    (m) => !Object.values(bundle).some((c) => c.type === 'chunk' && is(c.facadeModuleId, m)),
  );
  if (missing.length > 0) throw new Error(`compile hints: no chunk for ${missing.join(', ')}`);
  return out;
}

/** Puts the hint at the top of each chunk {@link hintedChunks} names that is big enough. */
export function addCompileHints(
  bundle: Record<string, ChunkInfo & { code?: string }>,
  modules: readonly string[],
): void {
  for (const file of hintedChunks(bundle, modules)) {
    const chunk = bundle[file];
    if (chunk?.code !== undefined && chunk.code.length >= MIN_HINTED_BYTES) {
      chunk.code = COMPILE_HINT + chunk.code;
    }
  }
}

export function compileHints(options: { modules: readonly string[] }): Plugin {
  return {
    name: 'sslvpn-doctor:compile-hints',
    apply: 'build',
    generateBundle(_output, bundle) {
      if (this.environment.config.build.ssr) return;
      addCompileHints(bundle, options.modules);
    },
  };
}
