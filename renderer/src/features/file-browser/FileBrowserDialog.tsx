import { useEffect, useRef, useState, type KeyboardEvent, type SyntheticEvent } from 'react';
import type { FolderEntry } from '../../../../common/folder-listing';
import { Alert } from '../../components/Alert';
import { Dialog } from '../../components/Dialog';
import { Icon } from '../../components/Icon';
import { formatBytes } from '../../components/format/bytes';
import { formatDay } from '../../components/format/date';
import { useRecentWorkspaces } from '../start/useRecentWorkspaces';
import { useFolderListing } from './useFolderListing';
import './file-browser.css';

/**
 * Browser mode's Open and Save dialog: the host lists folders under home and the workspaces
 * folder. "open" picks a .itrack file; "folder" picks where a new workspace is saved.
 * Arrows move, Enter opens a folder or file, Backspace goes up, Escape closes.
 */
export function FileBrowserDialog({
  mode,
  title,
  startPath,
  onChoose,
  onClose,
}: {
  mode: 'open' | 'folder';
  title: string;
  startPath?: string;
  onChoose: (path: string) => void;
  onClose: () => void;
}) {
  const [path, setPath] = useState<string | undefined>(startPath);
  const { listing, error, clearError } = useFolderListing(path);
  const [active, setActive] = useState(0);
  const [typed, setTyped] = useState<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const { recent } = useRecentWorkspaces();
  const entries = listing?.entries ?? [];
  const selected: FolderEntry | undefined = entries[active];

  // A new folder starts at its first row, or, after going up, at the folder we came from; the
  // path bar shows where we are.
  const cameFrom = useRef<string | null>(null);
  useEffect(() => {
    const back = listing?.entries.findIndex((entry) => entry.path === cameFrom.current) ?? -1;
    setActive(Math.max(0, back));
    setTyped(null);
  }, [listing]);

  useEffect(() => {
    listRef.current?.querySelector(`[data-index="${active}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  function go(folder: string) {
    cameFrom.current = null;
    clearError();
    setPath(folder);
    listRef.current?.focus();
  }

  function goUp() {
    if (!listing?.parent) return;
    go(listing.parent);
    cameFrom.current = listing.path;
  }

  function openEntry(entry: FolderEntry | undefined) {
    if (!entry) return;
    if (entry.kind === 'folder') go(entry.path);
    else if (mode === 'open') onChoose(entry.path);
  }

  function onListKey(event: KeyboardEvent<HTMLUListElement>) {
    const last = entries.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: Math.min(active + 1, last),
      ArrowUp: Math.max(active - 1, 0),
      Home: 0,
      End: last,
      PageDown: Math.min(active + 10, last),
      PageUp: Math.max(active - 10, 0),
    };
    if (event.key in moves) {
      event.preventDefault();
      setActive(Math.max(0, moves[event.key]!));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      openEntry(selected);
    } else if (event.key === 'Backspace' && listing?.parent) {
      event.preventDefault();
      goUp();
    }
  }

  function submitTyped() {
    const value = (typed ?? '').trim();
    if (value === '') return;
    if (mode === 'open' && value.toLowerCase().endsWith('.itrack')) onChoose(value);
    else go(value);
  }

  const canChoose = mode === 'folder' ? listing !== null : selected?.kind === 'workspace';
  const choose = () => {
    if (mode === 'folder' && listing) onChoose(listing.path);
    else openEntry(selected);
  };
  const recentFiles = mode === 'open' ? (recent ?? []).filter((item) => item.exists).slice(0, 6) : [];

  // Opened from a form in a dialog: its keys and clicks stay here (React bubbles them up its tree).
  const stop = (event: SyntheticEvent) => event.stopPropagation();
  return (
    <div className="file-browser-frame" onKeyDown={stop} onSubmit={stop} onMouseDown={stop}>
      <Dialog
        title={title}
        onClose={onClose}
        className="file-browser"
        testId="file-browser"
        footer={
          <>
            <button type="button" className="button" onClick={onClose}>
              Cancel
            </button>
            <button
              type="button"
              className="button button-primary"
              disabled={!canChoose}
              onClick={choose}
              data-testid="file-browser-choose"
            >
              {mode === 'folder' ? 'Use this folder' : 'Open'}
            </button>
          </>
        }
      >
        <div className="file-browser-body">
          <nav className="file-browser-places" aria-label="Places">
            <div className="file-browser-heading">Places</div>
            {listing?.roots.map((root) => (
              <button
                key={root.path}
                type="button"
                className="file-browser-place"
                aria-current={listing.path === root.path ? 'location' : undefined}
                onClick={() => go(root.path)}
                title={root.path}
              >
                <Icon name="folder" size={14} />
                <span>{root.label}</span>
              </button>
            ))}
            {recentFiles.length > 0 && <div className="file-browser-heading">Recent</div>}
            {recentFiles.map((item) => (
              <button
                key={item.path}
                type="button"
                className="file-browser-place"
                onClick={() => onChoose(item.path)}
                title={item.path}
              >
                <Icon name={item.encrypted ? 'lock' : 'database'} size={14} />
                <span>{item.name}</span>
              </button>
            ))}
          </nav>
          <div className="file-browser-main">
            <div className="file-browser-pathbar">
              <button
                type="button"
                className="icon-button"
                aria-label="Up one folder"
                title="Up one folder (Backspace)"
                disabled={!listing?.parent}
                onClick={goUp}
              >
                <span aria-hidden="true">↑</span>
              </button>
              <input
                className="text-input"
                aria-label="Folder path"
                data-testid="file-browser-path"
                value={typed ?? listing?.path ?? ''}
                onChange={(event) => setTyped(event.target.value)}
                onKeyDown={(event) => {
                  if (event.key !== 'Enter') return;
                  event.preventDefault();
                  submitTyped();
                }}
                spellCheck={false}
                autoComplete="off"
              />
            </div>
            <ol className="file-browser-crumbs" aria-label="Folder" data-testid="file-browser-crumbs">
              {listing?.crumbs.map((crumb, index) => (
                <li key={crumb.path}>
                  {index > 0 && (
                    <span className="file-browser-crumb-sep" aria-hidden="true">
                      ›
                    </span>
                  )}
                  <button
                    type="button"
                    className="file-browser-crumb"
                    aria-current={index === listing.crumbs.length - 1 ? 'location' : undefined}
                    onClick={() => go(crumb.path)}
                  >
                    {crumb.label}
                  </button>
                </li>
              ))}
            </ol>
            {error && <Alert message={error} onDismiss={clearError} />}
            <div className="file-browser-columns" aria-hidden="true">
              <span>Name</span>
              <span>Size</span>
              <span>Modified</span>
            </div>
            <div className="file-browser-listbox">
              <ul
                ref={listRef}
                className="file-browser-list"
                role="listbox"
                aria-label={
                  listing ? `Contents of ${listing.crumbs.at(-1)?.label ?? listing.path}` : 'Contents'
                }
                aria-activedescendant={selected ? `file-browser-row-${active}` : undefined}
                tabIndex={0}
                data-autofocus
                onKeyDown={onListKey}
                data-testid="file-browser-list"
              >
                {entries.map((entry, index) => (
                  <li
                    key={entry.name}
                    id={`file-browser-row-${index}`}
                    data-index={index}
                    role="option"
                    aria-selected={index === active}
                    className={`file-browser-row${entry.kind === 'workspace' ? '' : ' is-folder'}`}
                    onClick={() => setActive(index)}
                    onDoubleClick={() => openEntry(entry)}
                  >
                    <Icon name={entry.kind === 'folder' ? 'folder' : 'database'} size={14} />
                    <span className="file-browser-name">{entry.name}</span>
                    <span className="file-browser-size">
                      {entry.size === null ? '' : formatBytes(entry.size)}
                    </span>
                    <span className="file-browser-date">{formatDay(entry.modifiedAt)}</span>
                  </li>
                ))}
              </ul>
              {listing && entries.length === 0 && (
                <p className="file-browser-empty">
                  {mode === 'open' ? 'No folders or workspaces here.' : 'No folders here.'}
                </p>
              )}
            </div>
            <p className="field-hint file-browser-hint">
              ↑ ↓ to move, Enter to open, Backspace to go up, Esc to close.
            </p>
          </div>
        </div>
      </Dialog>
    </div>
  );
}
