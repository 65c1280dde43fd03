import type { ParseRequest, WorkerMessage } from '../../importers/worker';

export interface ImportJob {
  /** Stops the parse at once: the worker is terminated, and no later message is delivered. */
  cancel(): void;
}

/**
 * Parses a bank file in a Web Worker, so a 10,000-question file never freezes the page. Where the
 * browser has no Worker (jsdom in component tests) the same code runs inline.
 */
export function startImport(request: ParseRequest, onMessage: (message: WorkerMessage) => void): ImportJob {
  if (typeof Worker === 'undefined') return inline(request, onMessage);
  const worker = new Worker(new URL('../../importers/worker.ts', import.meta.url), { type: 'module' });
  let open = true;
  const close = () => {
    open = false;
    worker.terminate();
  };
  worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
    if (!open) return;
    const message = event.data;
    if (message.type === 'done' || message.type === 'failed') close();
    onMessage(message);
  };
  worker.onerror = (event) => {
    if (!open) return;
    close();
    onMessage({ type: 'failed', message: event.message || 'the import stopped unexpectedly' });
  };
  worker.postMessage(request);
  return { cancel: close };
}

function inline(request: ParseRequest, onMessage: (message: WorkerMessage) => void): ImportJob {
  let open = true;
  const send = (message: WorkerMessage) => {
    if (open) onMessage(message);
  };
  void (async () => {
    try {
      const { parseAs } = await import('../../importers/worker');
      const { source } = request;
      const text = source.kind === 'text' ? source.text : await source.file.text();
      if (source.kind === 'file')
        send({ type: 'progress', phase: 'reading', loaded: source.file.size, total: source.file.size });
      send({ type: 'progress', phase: 'checking', bytes: text.length });
      if (!open) return;
      const result = parseAs({ fileName: request.fileName, text, bankId: request.bankId }, request.format);
      send({ type: 'done', result });
    } catch (error) {
      send({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
    open = false;
  })();
  return {
    cancel: () => {
      open = false;
    },
  };
}
