import type { AppInfo } from '../../../../common/dto';
import { Alert } from '../../components/Alert';
import { Dialog } from '../../components/Dialog';
import { useBusyAction } from '../../components/useBusyAction';
import { NewWorkspaceForm } from './NewWorkspaceForm';
import { OpenWorkspaceForm } from './OpenWorkspaceForm';
import './start.css';

/** New Workspace… while a workspace is open: that one stays open until the new one exists. */
export function NewWorkspaceDialog({ info, onClose }: { info: AppInfo | null; onClose: () => void }) {
  const action = useBusyAction();
  return (
    <Dialog title="New workspace" onClose={onClose} testId="new-workspace-dialog">
      {action.error && <Alert message={action.error} onDismiss={action.clearError} />}
      <NewWorkspaceForm info={info} action={action} autoFocus onCancel={onClose} onDone={onClose} />
    </Dialog>
  );
}

/** Open Workspace… in browser mode while a workspace is open (the desktop app uses its dialog). */
export function OpenWorkspaceDialog({ onClose }: { onClose: () => void }) {
  const action = useBusyAction();
  return (
    <Dialog title="Open workspace" onClose={onClose} testId="open-workspace-dialog">
      {action.error && <Alert message={action.error} onDismiss={action.clearError} />}
      <OpenWorkspaceForm action={action} autoFocus onCancel={onClose} onDone={onClose} />
    </Dialog>
  );
}
