import { useCallback, useRef, useState } from 'react';
import type { DetectedImport, Progress } from '../../../../common/dto';
import { AppError } from '../../../../common/errors';
import { api } from '../../api';
import { describeError } from '../../components/describeError';
import { initialChoice, itemsToRun, type ImportChoice } from './importChoices';
import type { ItemOutcome } from './importOutcome';
import { addSample, type ProgressSample } from './importProgress';
import { runImports } from './runImports';
import { discardUploads } from './upload/discardUploads';
import { uploadFiles, type UploadProgress } from './upload/uploadFiles';
import type { PickedFile } from './upload/uploadPlan';

export type ImportStage =
  | { step: 'choose'; error: string | null }
  | {
      step: 'preparing';
      task: 'reading' | 'uploading' | 'detecting';
      upload: UploadProgress | null;
      samples: ProgressSample[];
    }
  | { step: 'review'; error: string | null }
  | {
      step: 'running';
      index: number;
      count: number;
      item: DetectedImport;
      progress: Progress | null;
      samples: ProgressSample[];
    }
  | { step: 'finished' };

export interface ImportFlow {
  open: boolean;
  stage: ImportStage;
  items: DetectedImport[];
  choices: ReadonlyMap<string, ImportChoice>;
  outcomes: ItemOutcome[];
  /** True while something runs that Cancel stops and a drop must not disturb. */
  busy: boolean;
  /** Cancel was pressed and the core is rolling back. */
  cancelling: boolean;
  show: () => void;
  close: () => void;
  startOver: () => void;
  /** Shows a failure from outside the flow, such as the native file dialog failing. */
  fail: (message: string) => void;
  /** Starts reading what a drop brought; `read` resolves to the files to upload. */
  addFiles: (read: Promise<PickedFile[]>) => void;
  addPaths: (paths: readonly string[]) => void;
  setChoice: (path: string, change: Partial<ImportChoice>) => void;
  run: () => void;
  cancel: () => void;
}

/** import.detect takes at most 500 paths a call. */
const detectBatch = 500;

async function detectAll(paths: readonly string[]): Promise<DetectedImport[]> {
  const found: DetectedImport[] = [];
  for (let start = 0; start < paths.length; start += detectBatch) {
    found.push(...(await api.import.detect({ paths: paths.slice(start, start + detectBatch) })));
  }
  return found;
}

const isCancel = (error: unknown) => error instanceof AppError && error.code === 'CANCELLED';

/** The Import dialog's state: choose → (read, upload,) detect → review → run → results. */
export function useImportFlow({ onImported }: { onImported: () => void }): ImportFlow {
  const [open, setOpen] = useState(false);
  const [stage, setStage] = useState<ImportStage>({ step: 'choose', error: null });
  const [items, setItems] = useState<DetectedImport[]>([]);
  const [choices, setChoices] = useState<Map<string, ImportChoice>>(new Map());
  const [outcomes, setOutcomes] = useState<ItemOutcome[]>([]);
  const [cancelling, setCancelling] = useState(false);
  const abort = useRef<AbortController | null>(null);
  const running = useRef(false);
  // Browser mode's uploaded copies: each import.run frees its own; dismissing the review frees the rest.
  const uploaded = useRef(new Set<string>());
  // Reads inside async work must see the latest list, not the one of the render that started it.
  const current = useRef({ items, choices, stage });
  current.current = { items, choices, stage };

  const busy = stage.step === 'preparing' || stage.step === 'running';

  const reset = useCallback(() => {
    void discardUploads([...uploaded.current], (paths) => api.import.discard({ paths }));
    uploaded.current = new Set();
    current.current = { ...current.current, items: [], choices: new Map() };
    setItems([]);
    setChoices(new Map());
    setOutcomes([]);
    setStage({ step: 'choose', error: null });
  }, []);

  /** Where to go back to after a failed or cancelled drop: the list so far, else the start. */
  const settle = useCallback((error: string | null) => {
    setStage(current.current.items.length > 0 ? { step: 'review', error } : { step: 'choose', error });
  }, []);

  const beginAdding = useCallback((): AbortController | null => {
    if (running.current || current.current.stage.step === 'preparing') return null;
    if (current.current.stage.step === 'finished') reset();
    const controller = new AbortController();
    abort.current = controller;
    setOpen(true);
    return controller;
  }, [reset]);

  const detectInto = useCallback(async (paths: readonly string[], controller: AbortController) => {
    setStage({ step: 'preparing', task: 'detecting', upload: null, samples: [] });
    const found = await detectAll(paths);
    if (controller.signal.aborted) throw new AppError('CANCELLED', 'Cancelled.');
    // The same file chosen twice is listed once.
    setItems((previous) => {
      const known = new Set(previous.map((item) => item.path));
      return [...previous, ...found.filter((item) => !known.has(item.path))];
    });
    setChoices((previous) => {
      const next = new Map(previous);
      for (const item of found) if (!next.has(item.path)) next.set(item.path, initialChoice(item));
      return next;
    });
    setStage({ step: 'review', error: null });
  }, []);

  const addPaths = useCallback(
    (paths: readonly string[]) => {
      if (paths.length === 0) return;
      const controller = beginAdding();
      if (!controller) return;
      detectInto(paths, controller).catch((error: unknown) =>
        settle(isCancel(error) ? null : describeError(error)),
      );
    },
    [beginAdding, detectInto, settle],
  );

  const addFiles = useCallback(
    (read: Promise<PickedFile[]>) => {
      const controller = beginAdding();
      if (!controller) return;
      setStage({ step: 'preparing', task: 'reading', upload: null, samples: [] });
      (async () => {
        const files = await read;
        if (controller.signal.aborted) throw new AppError('CANCELLED', 'Cancelled.');
        if (files.length === 0) throw new AppError('BAD_REQUEST', 'There were no files in what you chose.');
        const paths = await uploadFiles(files, {
          signal: controller.signal,
          onUploaded: (path) => uploaded.current.add(path),
          onProgress: (upload) =>
            setStage((previous) => ({
              step: 'preparing',
              task: 'uploading',
              upload,
              samples: addSample(previous.step === 'preparing' ? previous.samples : [], {
                at: performance.now(),
                done: upload.sentBytes,
              }),
            })),
        });
        await detectInto(paths, controller);
      })().catch((error: unknown) => settle(isCancel(error) ? null : describeError(error)));
    },
    [beginAdding, detectInto, settle],
  );

  const setChoice = useCallback((path: string, change: Partial<ImportChoice>) => {
    setChoices((previous) => {
      const next = new Map(previous);
      const item = current.current.items.find((candidate) => candidate.path === path);
      const base = previous.get(path) ?? (item ? initialChoice(item) : null);
      if (base) next.set(path, { ...base, ...change });
      return next;
    });
  }, []);

  const run = useCallback(() => {
    const chosen = itemsToRun(current.current.items, current.current.choices);
    if (!chosen || current.current.stage.step !== 'review' || running.current) return;
    running.current = true;
    setCancelling(false);
    const controller = new AbortController();
    abort.current = controller;
    const collected: ItemOutcome[] = [];
    setOutcomes([]);
    void runImports(chosen, {
      signal: controller.signal,
      onItemStart: (index) =>
        setStage({
          step: 'running',
          index,
          count: chosen.length,
          item: chosen[index]!.item,
          progress: null,
          samples: [{ at: performance.now(), done: 0 }],
        }),
      onProgress: (progress) =>
        setStage((previous) => {
          if (previous.step !== 'running') return previous;
          const sample = { at: performance.now(), done: progress.done };
          // `done` counts records until the size is known, then bytes: a rate across both is nonsense.
          const sameUnit =
            previous.progress === null || (previous.progress.total === null) === (progress.total === null);
          return {
            ...previous,
            progress,
            samples: sameUnit ? addSample(previous.samples, sample) : [sample],
          };
        }),
      onOutcome: (outcome) => {
        collected.push(outcome);
        setOutcomes([...collected]);
      },
    }).finally(() => {
      running.current = false;
      setCancelling(false);
      setStage({ step: 'finished' });
      if (collected.some((outcome) => outcome.status === 'imported')) onImported();
    });
  }, [onImported]);

  const cancel = useCallback(() => {
    if (running.current) setCancelling(true);
    abort.current?.abort();
  }, []);

  const show = useCallback(() => setOpen(true), []);

  const close = useCallback(() => {
    if (running.current) return;
    abort.current?.abort();
    setOpen(false);
    reset();
  }, [reset]);

  return {
    open,
    stage,
    items,
    choices,
    outcomes,
    busy,
    cancelling,
    show,
    close,
    startOver: reset,
    fail: (message: string) => {
      setOpen(true);
      settle(message);
    },
    addFiles,
    addPaths,
    setChoice,
    run,
    cancel,
  };
}
