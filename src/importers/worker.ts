/**
 * Parses a bank file off the main thread. The page posts one ParseRequest; the worker answers with
 * progress while it reads the file (by bytes), one message when it starts checking the questions,
 * then the ImportResult. Cancelling is the page terminating the worker, so no state survives it.
 *
 * Created by features/banks with `new Worker(new URL('../../importers/worker.ts', import.meta.url),
 * { type: 'module' })`; where there is no Worker (jsdom) the page parses inline the same way.
 */
import { IMPORTERS, importBankFile } from './registry';
import type { BankFileFormat, ImportInput, ImportResult } from './types';

export type ParseSource =
  | { readonly kind: 'file'; readonly file: Blob }
  | { readonly kind: 'text'; readonly text: string };

export interface ParseRequest {
  readonly type: 'parse';
  readonly source: ParseSource;
  readonly fileName: string;
  readonly bankId: string;
  /** 'auto' lets the registry detect the format; otherwise the chosen importer reads the file. */
  readonly format: BankFileFormat | 'auto';
}

export type WorkerMessage =
  | { readonly type: 'progress'; readonly phase: 'reading'; readonly loaded: number; readonly total: number }
  | { readonly type: 'progress'; readonly phase: 'checking'; readonly bytes: number }
  | { readonly type: 'done'; readonly result: ImportResult }
  | { readonly type: 'failed'; readonly message: string };

/** The registry's detection, or the importer the person chose. */
export function parseAs(input: ImportInput, format: BankFileFormat | 'auto'): ImportResult {
  const chosen = format === 'auto' ? undefined : IMPORTERS.find((i) => i.format === format);
  if (!chosen || input.text.trim() === '') return importBankFile(input);
  return chosen.parse(input);
}

/** Reads a file as UTF-8, reporting bytes read after each chunk. */
export async function readText(
  file: Blob,
  onProgress: (loaded: number, total: number) => void,
): Promise<string> {
  const reader = file.stream().getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    loaded += value.byteLength;
    parts.push(decoder.decode(value, { stream: true }));
    onProgress(loaded, file.size);
  }
  parts.push(decoder.decode());
  return parts.join('');
}

function isRequest(data: unknown): data is ParseRequest {
  return (
    typeof data === 'object' &&
    data !== null &&
    'type' in data &&
    data.type === 'parse' &&
    'fileName' in data &&
    typeof data.fileName === 'string' &&
    'bankId' in data &&
    typeof data.bankId === 'string' &&
    'source' in data &&
    typeof data.source === 'object'
  );
}

function send(message: WorkerMessage): void {
  postMessage(message);
}

async function handle(request: ParseRequest): Promise<void> {
  const { source } = request;
  const text =
    source.kind === 'text'
      ? source.text
      : await readText(source.file, (loaded, total) =>
          send({ type: 'progress', phase: 'reading', loaded, total }),
        );
  send({ type: 'progress', phase: 'checking', bytes: text.length });
  const result = parseAs({ fileName: request.fileName, text, bankId: request.bankId }, request.format);
  send({ type: 'done', result });
}

// Listens only inside a worker: the page imports parseAs and readText from here when it has no
// Worker (jsdom), and must not answer its own window's messages.
if (typeof WorkerGlobalScope !== 'undefined') {
  addEventListener('message', (event: MessageEvent<unknown>) => {
    if (!isRequest(event.data)) return;
    handle(event.data).catch((error: unknown) => {
      send({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    });
  });
}
