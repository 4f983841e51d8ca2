import { useState } from 'react';
import { EraseDialog, type EraseWho } from './EraseDialog';

/** "Erase everywhere…" on an account's page or a person's pane. */
export function EraseButton({ who, onErased }: { who: EraseWho; onErased?: (() => void) | undefined }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button button-small erase-button"
        data-testid="erase-everywhere"
        onClick={() => setOpen(true)}
      >
        Erase everywhere…
      </button>
      {open && (
        <EraseDialog
          who={who}
          onClose={(erased) => {
            setOpen(false);
            if (erased) onErased?.();
          }}
        />
      )}
    </>
  );
}
