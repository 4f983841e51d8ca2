import { Dialog } from './Dialog';

/** A failure that did not come from a form, such as opening a recent workspace from the menu. */
export function MessageDialog({
  title,
  message,
  onClose,
}: {
  title: string;
  message: string;
  onClose: () => void;
}) {
  return (
    <Dialog
      title={title}
      role="alertdialog"
      onClose={onClose}
      testId="message-dialog"
      footer={
        <button type="button" className="button button-primary" onClick={onClose} autoFocus>
          OK
        </button>
      }
    >
      <p className="selectable">{message}</p>
    </Dialog>
  );
}
