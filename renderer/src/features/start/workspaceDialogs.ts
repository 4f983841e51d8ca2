import { api } from '../../api';

/**
 * The desktop flows, through Electron's native file dialogs. They resolve false when the user
 * cancels the dialog. The screen changes on the workspace.changed event, not here.
 */
export async function createWorkspaceWithDialog(suggestedName: string): Promise<boolean> {
  const path = await api.dialog.chooseNewWorkspace({ suggestedName });
  if (path === null) return false;
  await api.workspace.create({ path });
  return true;
}

export async function openWorkspaceWithDialog(): Promise<boolean> {
  const path = await api.dialog.chooseExistingWorkspace();
  if (path === null) return false;
  await api.workspace.open({ path });
  return true;
}
