import { AppError } from '../../common/errors';
import type { HandlerSlice } from './types';

export type DialogMethods =
  | 'dialog.chooseNewWorkspace'
  | 'dialog.chooseExistingWorkspace'
  | 'dialog.chooseImportPaths'
  | 'dialog.chooseBriefPath';

/** Hosts without native dialogs (browser mode, CLI, tests) say so; the renderer shows path fields. */
export function noDialogs(): HandlerSlice<DialogMethods> {
  const unsupported = () => {
    throw new AppError('UNSUPPORTED', 'Native file dialogs exist only in the desktop app.');
  };
  return {
    'dialog.chooseNewWorkspace': unsupported,
    'dialog.chooseExistingWorkspace': unsupported,
    'dialog.chooseImportPaths': unsupported,
    'dialog.chooseBriefPath': unsupported,
  };
}
