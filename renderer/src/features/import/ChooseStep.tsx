import { Alert } from '../../components/Alert';
import { Icon } from '../../components/Icon';

/** The Import dialog's first step: drop something on it, or pick files or a folder. */
export function ChooseStep({
  dragging,
  error,
  onChooseFiles,
  onChooseFolder,
}: {
  dragging: boolean;
  error: string | null;
  onChooseFiles: () => void;
  onChooseFolder: () => void;
}) {
  return (
    <>
      <div className={dragging ? 'import-dropzone is-dragging' : 'import-dropzone'}>
        <span className="import-dropzone-icon">
          <Icon name="import" size={22} />
        </span>
        <p className="import-dropzone-title">{dragging ? 'Drop to import' : 'Drop files or folders here'}</p>
        <p className="import-dropzone-text">
          X/Twitter archives (ZIP or folder) and API exports, twarc and snscrape files, Bluesky and Mastodon
          exports, and contact lists from LinkedIn, Google or vCard.
        </p>
        <div className="import-dropzone-buttons">
          <button type="button" className="button" onClick={onChooseFiles} data-autofocus>
            <Icon name="file" />
            Choose files…
          </button>
          <button type="button" className="button" onClick={onChooseFolder}>
            <Icon name="folder" />
            Choose folder…
          </button>
        </div>
      </div>
      {error && <Alert title="That could not be imported" message={error} />}
    </>
  );
}
