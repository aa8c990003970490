/**
 * The log analyzer's Web Worker: reads the source in chunks into the streaming matcher off the
 * main thread, so a 10 MB log never freezes the page. Started by `run-analysis.ts` as
 * `new Worker(new URL('./log-worker.ts', import.meta.url), { type: 'module' })`; Vite bundles it
 * as a same-origin file (allowed by the CSP's `script-src 'self'`). Nothing leaves the browser.
 */
import { analyzeSource, type AnalysisMessage, type LogSource } from './read-log';

/** The part of `DedicatedWorkerGlobalScope` used here (the project's lib is DOM, not WebWorker). */
interface WorkerScope {
  postMessage(message: AnalysisMessage): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<LogSource>) => void): void;
}

const scope = self as unknown as WorkerScope;

scope.addEventListener('message', (event) => {
  void analyzeSource(event.data, (message) => scope.postMessage(message));
});
