/** Cancel and save at the foot of an editor; the save button says when it is saving. */
export function EditorButtons({
  saveLabel,
  busy,
  canSave,
  onCancel,
  onSave,
}: {
  saveLabel: string;
  busy: boolean;
  canSave: boolean;
  onCancel: () => void;
  onSave: () => void;
}) {
  return (
    <>
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
      <button type="button" className="button button-primary" disabled={busy || !canSave} onClick={onSave}>
        {busy ? 'Saving…' : saveLabel}
      </button>
    </>
  );
}
