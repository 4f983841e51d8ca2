/** One row of the browser-mode file browser: a folder, or a workspace file (.itrack). */
export interface FolderEntry {
  name: string;
  /** Absolute, in the host's own path syntax (the renderer never joins paths itself). */
  path: string;
  kind: 'folder' | 'workspace';
  /** Bytes; null for folders. */
  size: number | null;
  /** ISO time of the last change. */
  modifiedAt: string;
}

/** A place the file browser may show: the user's home folder and the workspaces folder. */
export interface BrowseRoot {
  label: string;
  path: string;
}

export interface FolderListing {
  /** The folder shown, absolute. */
  path: string;
  /** The folder above, or null at a root (the browser never climbs out of its roots). */
  parent: string | null;
  /** From the root that holds `path` down to `path` itself. */
  crumbs: BrowseRoot[];
  roots: BrowseRoot[];
  /** Folders first, then workspace files, each by name; hidden files are left out. */
  entries: FolderEntry[];
}
