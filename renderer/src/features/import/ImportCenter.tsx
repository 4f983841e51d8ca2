import { useEffect, useRef } from 'react';
import { api, isDesktop } from '../../api';
import { describeError } from '../../components/describeError';
import { DropOverlay } from './DropOverlay';
import { ImportDialog } from './ImportDialog';
import { droppedFiles, pickedFiles } from './upload/droppedFiles';
import { droppedPaths } from './upload/droppedPaths';
import { useFileDrop } from './useFileDrop';
import { useImportFlow } from './useImportFlow';

/**
 * Everything that brings data in: drops anywhere on the window, the hidden file pickers browser
 * mode needs, and the Import dialog. `request` opens the dialog each time it changes.
 */
// Views refresh when the core announces the import (`workspace.revised`), not on a callback.
const nothingToRefresh = () => {};

export function ImportCenter({ request, onShowAccounts }: { request: number; onShowAccounts: () => void }) {
  const flow = useImportFlow({ onImported: nothingToRefresh });
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);

  const { show } = flow;
  useEffect(() => {
    if (request > 0) show();
  }, [request, show]);

  const dragging = useFileDrop((dataTransfer) => {
    if (flow.busy) return;
    if (isDesktop) flow.addPaths(droppedPaths(dataTransfer));
    else flow.addFiles(droppedFiles(dataTransfer));
  });

  function choose(folders: boolean) {
    if (!isDesktop) {
      (folders ? folderInput : filesInput).current?.click();
      return;
    }
    api.dialog
      .chooseImportPaths({ folders })
      .then((paths) => flow.addPaths(paths))
      .catch((error: unknown) => flow.fail(describeError(error)));
  }

  function picked(input: HTMLInputElement) {
    const files = input.files ? pickedFiles(input.files) : [];
    // Cleared so that choosing the same file again still fires a change.
    input.value = '';
    if (files.length > 0) flow.addFiles(Promise.resolve(files));
  }

  return (
    <>
      {!isDesktop && (
        <>
          <input
            ref={filesInput}
            type="file"
            multiple
            hidden
            tabIndex={-1}
            aria-hidden="true"
            data-testid="import-files-input"
            onChange={(event) => picked(event.currentTarget)}
          />
          <input
            ref={(element) => {
              folderInput.current = element;
              // Not in React's attribute types; Chromium and WebKit both understand it.
              element?.setAttribute('webkitdirectory', '');
            }}
            type="file"
            hidden
            tabIndex={-1}
            aria-hidden="true"
            data-testid="import-folder-input"
            onChange={(event) => picked(event.currentTarget)}
          />
        </>
      )}
      {dragging && !flow.open && <DropOverlay busy={flow.busy} />}
      {flow.open && (
        <ImportDialog
          flow={flow}
          dragging={dragging}
          onChooseFiles={() => choose(false)}
          onChooseFolder={() => choose(true)}
          onShowAccounts={onShowAccounts}
        />
      )}
    </>
  );
}
