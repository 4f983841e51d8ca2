import { useId, useState, type FormEvent, type Ref } from 'react';
import { isDesktop } from '../../api';
import { openWorkspace } from '../encryption/openWorkspace';
import type { BusyAction } from '../../components/useBusyAction';
import { openWorkspaceWithDialog } from './workspaceDialogs';
import { BrowseButton } from '../file-browser/BrowseButton';
import { FileBrowserDialog } from '../file-browser/FileBrowserDialog';

/**
 * Open an existing workspace file: the native dialog on desktop; in browser mode the file browser
 * (Browse…), with a path field for those who would rather type.
 */
export function OpenWorkspaceForm({
  action,
  pathRef,
  autoFocus = false,
  onCancel,
  onDone,
}: {
  action: BusyAction;
  pathRef?: Ref<HTMLInputElement>;
  autoFocus?: boolean;
  /** Given in a dialog: the form then ends with Cancel and Open side by side. */
  onCancel?: () => void;
  onDone?: () => void;
}) {
  const ids = useId();
  const [path, setPath] = useState('');
  const [browsing, setBrowsing] = useState(false);

  if (isDesktop) {
    return (
      <button
        type="button"
        className="button button-wide"
        disabled={action.busy}
        onClick={() =>
          void action.run(async () => {
            if (await openWorkspaceWithDialog()) onDone?.();
          })
        }
      >
        Open workspace…
      </button>
    );
  }

  function open(file: string) {
    void action.run(async () => {
      await openWorkspace(file); // an encrypted one: its passphrase dialog takes over
      onDone?.();
    });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = path.trim();
    if (trimmed !== '') open(trimmed);
  }

  return (
    <>
      <form className="workspace-form" onSubmit={submit} aria-label="Open workspace" noValidate>
        <div className="field">
          <label className="field-label" htmlFor={`${ids}-path`}>
            Workspace file
          </label>
          <span className="field-row">
            <input
              id={`${ids}-path`}
              ref={pathRef}
              className="text-input"
              data-testid="open-workspace-path"
              placeholder="/path/to/Acme pursuit.itrack"
              value={path}
              onChange={(event) => setPath(event.target.value)}
              spellCheck={false}
              autoComplete="off"
              autoFocus={autoFocus}
              readOnly={action.busy}
            />
            <BrowseButton
              disabled={action.busy}
              onClick={() => setBrowsing(true)}
              testId="open-workspace-browse"
            />
            {!onCancel && (
              <button type="submit" className="button" disabled={path.trim() === '' || action.busy}>
                Open
              </button>
            )}
          </span>
        </div>
        {onCancel && (
          <div className="form-footer">
            <button type="button" className="button" onClick={onCancel}>
              Cancel
            </button>
            <button
              type="submit"
              className="button button-primary"
              disabled={path.trim() === '' || action.busy}
            >
              Open
            </button>
          </div>
        )}
      </form>
      {browsing && (
        <FileBrowserDialog
          mode="open"
          title="Open workspace"
          onClose={() => setBrowsing(false)}
          onChoose={(file) => {
            setBrowsing(false);
            setPath(file);
            open(file);
          }}
        />
      )}
    </>
  );
}
