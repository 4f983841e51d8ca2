import { useSyncExternalStore } from 'react';
import { AppError } from '../../../../common/errors';
import { workspaceName } from '../../../../common/workspace-name';
import { api } from '../../api';

/** The workspace whose backups the restore dialog lists; `damaged` when it failed to open. */
export interface RestoreRequest {
  path: string;
  name: string;
  damaged?: { message: string; newest: string | null };
}

let current: RestoreRequest | null = null;
const listeners = new Set<() => void>();

function set(next: RestoreRequest | null) {
  current = next;
  for (const listener of listeners) listener();
}

/** Shows the restore dialog (RestoreHost, mounted once in the app). */
export function askRestore(request: RestoreRequest): void {
  set(request);
}

/** File › Restore from Backup…: the backups of the workspace open now. */
export async function askRestoreForOpenWorkspace(): Promise<void> {
  const open = await api.workspace.current();
  if (open) askRestore({ path: open.path, name: open.name });
}

export function closeRestore(): void {
  set(null);
}

/**
 * A workspace that failed to open because it is damaged: the restore dialog takes over, offering
 * its newest backup. Returns false for any other error, which the caller shows as it would.
 */
export function offerRestoreIfDamaged(path: string, error: unknown): boolean {
  if (!(error instanceof AppError) || error.code !== 'WORKSPACE_DAMAGED') return false;
  const backup = error.details?.['backup'] as { name?: unknown } | undefined;
  askRestore({
    path,
    name: workspaceName(path),
    damaged: { message: error.message, newest: typeof backup?.name === 'string' ? backup.name : null },
  });
  return true;
}

export function useRestoreRequest(): RestoreRequest | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}
