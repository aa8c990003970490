import { analyzeSource, type AnalysisMessage, type LogSource } from './read-log';

/** A running analysis. */
export interface AnalysisHandle {
  /** Stops it; no more messages are delivered. */
  cancel(): void;
}

/** Delivered when the worker itself failed (not a bad file). */
export type RunMessage = AnalysisMessage | { readonly type: 'failed' };

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Analyses a log in a Web Worker and reports each message. Where workers are unavailable the
 * same reader runs on the main thread, yielding between chunks.
 */
export function startAnalysis(
  source: LogSource,
  onMessage: (m: RunMessage) => void,
): AnalysisHandle {
  let active = true;
  const deliver = (m: RunMessage) => {
    if (active) onMessage(m);
  };

  if (typeof Worker === 'undefined') {
    void analyzeSource(source, deliver, nextTask);
    return {
      cancel: () => {
        active = false;
      },
    };
  }

  const worker = new Worker(new URL('./log-worker.ts', import.meta.url), { type: 'module' });
  const stop = () => {
    active = false;
    worker.terminate();
  };
  worker.addEventListener('message', (event: MessageEvent<AnalysisMessage>) => {
    const m = event.data;
    deliver(m);
    if (m.type !== 'progress') stop();
  });
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    deliver({ type: 'failed' });
    stop();
  });
  worker.addEventListener('messageerror', () => {
    deliver({ type: 'failed' });
    stop();
  });
  worker.postMessage(source);
  return { cancel: stop };
}
