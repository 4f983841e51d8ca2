import { useId, useState, type FormEvent, type Ref } from 'react';
import type { AppInfo } from '../../../../common/dto';
import { api, isDesktop } from '../../api';
import type { BusyAction } from '../../components/useBusyAction';
import { EncryptOption, newPassphraseProblem, type NewPassphrase } from '../encryption/EncryptOption';
import { createWorkspaceWithDialog } from './workspaceDialogs';
import { nameProblem, workspaceFilePath } from './workspacePath';
import { BrowseButton } from '../file-browser/BrowseButton';
import { FileBrowserDialog } from '../file-browser/FileBrowserDialog';

/**
 * Name a new workspace. In the desktop app the native save dialog picks the folder; in browser
 * mode the folder is a field of its own, chosen in the file browser (Browse…) or typed.
 */
export function NewWorkspaceForm({
  info,
  action,
  nameRef,
  autoFocus = false,
  onCancel,
  onDone,
}: {
  info: AppInfo | null;
  action: BusyAction;
  nameRef?: Ref<HTMLInputElement>;
  autoFocus?: boolean;
  /** Given in a dialog: the form then ends with Cancel and Create side by side. */
  onCancel?: () => void;
  onDone?: () => void;
}) {
  const ids = useId();
  const [name, setName] = useState('');
  const [folderEdit, setFolderEdit] = useState<string | null>(null);
  const folder = folderEdit ?? info?.workspacesDir ?? '';
  const [encrypt, setEncrypt] = useState(false);
  const [browsing, setBrowsing] = useState(false);
  const [secret, setSecret] = useState<NewPassphrase>({ passphrase: '', confirm: '' });
  const problem = nameProblem(name);
  const canCreate =
    name.trim() !== '' &&
    problem === null &&
    (isDesktop || folder.trim() !== '') &&
    (!encrypt || newPassphraseProblem(secret) === null);
  const passphrase = encrypt ? secret.passphrase : undefined;
  const filePath = workspaceFilePath(folder, name);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!canCreate) return;
    void action.run(async () => {
      const created = isDesktop
        ? await createWorkspaceWithDialog(name.trim(), passphrase)
        : (await api.workspace.create({ path: filePath, ...(passphrase ? { passphrase } : {}) }), true);
      if (created) onDone?.();
    });
  }

  return (
    <>
      <form className="workspace-form" onSubmit={submit} aria-label="New workspace" noValidate>
        <div className="field">
          <label className="field-label" htmlFor={`${ids}-name`}>
            Name
          </label>
          <input
            id={`${ids}-name`}
            ref={nameRef}
            className="text-input"
            data-testid="new-workspace-name"
            placeholder="Acme pursuit"
            value={name}
            onChange={(event) => setName(event.target.value)}
            aria-invalid={problem !== null}
            aria-describedby={`${ids}-hint`}
            autoFocus={autoFocus}
            spellCheck={false}
            autoComplete="off"
            readOnly={action.busy}
          />
        </div>
        {!isDesktop && (
          <div className="field">
            <label className="field-label" htmlFor={`${ids}-folder`}>
              Folder
            </label>
            <span className="field-row">
              <input
                id={`${ids}-folder`}
                className="text-input"
                data-testid="new-workspace-folder"
                value={folder}
                onChange={(event) => setFolderEdit(event.target.value)}
                spellCheck={false}
                autoComplete="off"
                readOnly={action.busy}
              />
              <BrowseButton
                disabled={action.busy}
                onClick={() => setBrowsing(true)}
                testId="new-workspace-browse"
              />
            </span>
          </div>
        )}
        <p
          className={problem ? 'field-problem' : 'field-hint'}
          id={`${ids}-hint`}
          data-testid="new-workspace-hint"
        >
          {problem ??
            (isDesktop
              ? 'Next, you choose where to save it.'
              : name.trim() === ''
                ? 'Saved as a .itrack file in this folder.'
                : `Will be saved as ${filePath}`)}
        </p>
        <EncryptOption
          encrypt={encrypt}
          onEncrypt={setEncrypt}
          value={secret}
          onChange={setSecret}
          disabled={action.busy}
        />
        {onCancel ? (
          <div className="form-footer">
            <button type="button" className="button" onClick={onCancel}>
              Cancel
            </button>
            <button type="submit" className="button button-primary" disabled={!canCreate || action.busy}>
              {isDesktop ? 'Create…' : 'Create'}
            </button>
          </div>
        ) : (
          <button
            type="submit"
            className="button button-primary button-wide"
            disabled={!canCreate || action.busy}
          >
            {isDesktop ? 'Create workspace…' : 'Create workspace'}
          </button>
        )}
      </form>
      {browsing && (
        <FileBrowserDialog
          mode="folder"
          title="Save the new workspace in"
          startPath={folder.trim() || undefined}
          onClose={() => setBrowsing(false)}
          onChoose={(chosen) => {
            setBrowsing(false);
            setFolderEdit(chosen);
          }}
        />
      )}
    </>
  );
}
