import { Icon } from '../../components/Icon';

/** Shown over the whole window while files are dragged over it. */
export function DropOverlay({ busy }: { busy: boolean }) {
  return (
    <div className="drop-overlay" data-testid="drop-overlay" aria-hidden="true">
      <div className="drop-overlay-frame">
        <span className="drop-overlay-icon">
          <Icon name="import" size={28} />
        </span>
        <p className="drop-overlay-title">{busy ? 'An import is running' : 'Drop to import'}</p>
        <p className="drop-overlay-text">
          {busy
            ? 'Wait for it to finish, then drop these files again.'
            : 'Archives, exports and contact lists: files, folders or ZIP archives.'}
        </p>
      </div>
    </div>
  );
}
