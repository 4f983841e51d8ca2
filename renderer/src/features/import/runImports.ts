import type { Progress } from '../../../../common/dto';
import { AppError } from '../../../../common/errors';
import { api } from '../../api';
import { describeError } from '../../components/describeError';
import { runArgs, type ImportChoice } from './importChoices';
import type { ItemOutcome } from './importOutcome';
import type { DetectedImport } from '../../../../common/dto';

export interface RunCallbacks {
  signal: AbortSignal;
  onItemStart: (index: number) => void;
  onProgress: (progress: Progress) => void;
  onOutcome: (outcome: ItemOutcome) => void;
}

/**
 * Imports the chosen items one after another. Each import is all-or-nothing on the server, so a
 * failure only loses that item and the rest still run; a cancel rolls back the running one and
 * skips the rest.
 */
export async function runImports(
  chosen: readonly { item: DetectedImport; choice: ImportChoice }[],
  { signal, onItemStart, onProgress, onOutcome }: RunCallbacks,
): Promise<void> {
  for (const [index, { item, choice }] of chosen.entries()) {
    if (signal.aborted) {
      onOutcome({ status: 'notRun', item });
      continue;
    }
    onItemStart(index);
    try {
      const summary = await api.import.run(runArgs(item, choice), { signal, onProgress });
      onOutcome({ status: 'imported', item, summary });
    } catch (error) {
      const cancelled = signal.aborted || (error instanceof AppError && error.code === 'CANCELLED');
      onOutcome(
        cancelled
          ? { status: 'cancelled', item }
          : { status: 'failed', item, message: describeError(error), ...errorDetail(error) },
      );
    }
  }
}

/** The library's words an AppError carries apart from its message, for "Details". */
function errorDetail(error: unknown): { detail?: string } {
  const detail = error instanceof AppError ? error.details?.detail : undefined;
  return typeof detail === 'string' ? { detail } : {};
}
