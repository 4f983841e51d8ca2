import { api } from '../../api';
import { openWorkspace } from '../encryption/openWorkspace';

/**
 * The desktop flows, through Electron's native file dialogs. They resolve false when the user
 * cancels the dialog. The screen changes on the workspace.changed event, not here.
 */
export async function createWorkspaceWithDialog(
  suggestedName: string,
  passphrase?: string,
): Promise<boolean> {
  const path = await api.dialog.chooseNewWorkspace({ suggestedName });
  if (path === null) return false;
  await api.workspace.create({ path, ...(passphrase ? { passphrase } : {}) });
  return true;
}

/** An encrypted workspace then asks for its passphrase in a dialog of its own. */
export async function openWorkspaceWithDialog(): Promise<boolean> {
  const path = await api.dialog.chooseExistingWorkspace();
  if (path === null) return false;
  await openWorkspace(path);
  return true;
}
