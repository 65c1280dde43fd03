import { useCallback, useEffect, useRef, useState } from 'react';
import type { BankDraft, BankFileFormat, ImportProblem } from '../../importers/types';
import type { ParseSource, WorkerMessage } from '../../importers/worker';
import { saveBank } from '../../storage/banks';
import { type ImportJob, startImport } from './importJob';

export type ImportState =
  | { readonly status: 'idle'; readonly notice: string | null }
  | {
      readonly status: 'working';
      readonly fileName: string;
      readonly phase: 'starting' | 'reading' | 'checking';
      readonly loaded: number;
      readonly total: number;
    }
  | {
      readonly status: 'preview';
      readonly fileName: string;
      readonly bankId: string;
      readonly format: BankFileFormat;
      readonly bank: BankDraft;
    }
  | {
      readonly status: 'rejected';
      readonly fileName: string;
      readonly format: BankFileFormat | null;
      readonly problems: readonly ImportProblem[];
    }
  | { readonly status: 'failed'; readonly fileName: string; readonly message: string };

const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** One import at a time: parse (off the main thread), preview, then save or discard. */
export function useImport() {
  const [state, setState] = useState<ImportState>({ status: 'idle', notice: null });
  const job = useRef<ImportJob | null>(null);

  useEffect(() => () => job.current?.cancel(), []);

  const start = useCallback((source: ParseSource, fileName: string, format: BankFileFormat | 'auto') => {
    job.current?.cancel();
    const bankId = crypto.randomUUID();
    setState({ status: 'working', fileName, phase: 'starting', loaded: 0, total: 0 });
    const onMessage = (m: WorkerMessage) => {
      switch (m.type) {
        case 'progress':
          setState(
            m.phase === 'reading'
              ? { status: 'working', fileName, phase: 'reading', loaded: m.loaded, total: m.total }
              : { status: 'working', fileName, phase: 'checking', loaded: m.bytes, total: m.bytes },
          );
          return;
        case 'done':
          job.current = null;
          setState(
            m.result.ok
              ? { status: 'preview', fileName, bankId, format: m.result.format, bank: m.result.bank }
              : { status: 'rejected', fileName, format: m.result.format, problems: m.result.problems },
          );
          return;
        case 'failed':
          job.current = null;
          setState({ status: 'failed', fileName, message: m.message });
          return;
      }
    };
    job.current = startImport({ type: 'parse', source, fileName, bankId, format }, onMessage);
  }, []);

  const importFile = useCallback((file: File) => start({ kind: 'file', file }, file.name, 'auto'), [start]);
  const importText = useCallback(
    (text: string, fileName: string, format: BankFileFormat | 'auto') =>
      start({ kind: 'text', text }, fileName, format),
    [start],
  );

  const cancel = useCallback(() => {
    job.current?.cancel();
    job.current = null;
    setState((s) => ({
      status: 'idle',
      notice: s.status === 'working' ? `Import of ${s.fileName} cancelled. Nothing was saved.` : null,
    }));
  }, []);

  const discard = useCallback(() => {
    setState((s) => ({
      status: 'idle',
      notice: s.status === 'preview' ? `${s.fileName} was not saved.` : null,
    }));
  }, []);

  /** Saves the previewed bank in one transaction; on failure nothing is written and the preview stays. */
  const save = useCallback(
    async (title: string): Promise<string | null> => {
      if (state.status !== 'preview') return null;
      const { bank, bankId, fileName, format } = state;
      try {
        await saveBank({
          id: bankId,
          draft: { ...bank, title },
          origin: 'imported',
          fileName,
          fileFormat: format,
          importedAt: Date.now(),
        });
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        return `The bank could not be saved (${why}). Nothing was changed; free some space and try again.`;
      }
      setState({
        status: 'idle',
        notice: `Saved “${title}” with ${plural(bank.questions.length, 'question')}. It is listed under Your banks.`,
      });
      return null;
    },
    [state],
  );

  return { state, importFile, importText, cancel, discard, save };
}
