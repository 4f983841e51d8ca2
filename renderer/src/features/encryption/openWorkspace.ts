import { AppError } from '../../../../common/errors';
import { workspaceName } from '../../../../common/workspace-name';
import { api } from '../../api';
import { offerRestoreIfDamaged } from '../backups/restorePrompt';
import { askPassphrase } from './passphrasePrompt';

/**
 * Opens a workspace from any screen or menu. An encrypted one is answered with
 * WORKSPACE_NEEDS_PASSPHRASE: the passphrase dialog then takes over, asking until it opens or
 * the user cancels, and this resolves at once, so the screen behind is not left busy.
 */
export async function openWorkspace(path: string): Promise<void> {
  try {
    await api.workspace.open({ path });
  } catch (error) {
    if (offerRestoreIfDamaged(path, error)) return;
    if (!(error instanceof AppError) || error.code !== 'WORKSPACE_NEEDS_PASSPHRASE') throw error;
    void askPassphrase({
      path,
      name: workspaceName(path),
      open: async (passphrase, remember) => {
        await api.workspace.open({ path, passphrase, ...(remember ? { remember } : {}) });
      },
    });
  }
}
