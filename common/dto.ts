/** Plain data that crosses the API. No behaviour, no runtime imports. */

export type HostKind = 'electron' | 'web' | 'memory';

export interface AppInfo {
  name: string;
  version: string;
  host: HostKind;
  platform: string;
  /** Folder proposed for new workspaces. */
  workspacesDir: string;
  /** Folder that holds settings and the recent list. */
  dataDir: string;
  sqliteVersion: string;
}

export interface WorkspaceInfo {
  path: string;
  name: string;
  schemaVersion: number;
  createdAt: string;
  sizeBytes: number;
}

export interface RecentWorkspace {
  path: string;
  name: string;
  lastOpenedAt: string;
  /** null when the file is gone since it was last opened. */
  sizeBytes: number | null;
  exists: boolean;
}

export interface ProspectSummary {
  id: number;
  accountId: number;
  handle: string | null;
  name: string | null;
  network: string;
  addedAt: string;
}

/** Row counts per table, keyed by table name. */
export type TableCounts = Record<string, number>;

export interface PaneLayout {
  sidebarWidth: number;
  notesWidth: number;
  sidebarVisible: boolean;
  notesVisible: boolean;
  zoom: number;
}

export interface Settings {
  layout: PaneLayout;
}

export interface Progress {
  /** Short phase label for the user, such as "Reading followers". */
  phase: string;
  done: number;
  /** null when the total is not known yet. */
  total: number | null;
}

export type MenuCommand =
  | 'workspace.new'
  | 'workspace.open'
  | 'workspace.close'
  | 'view.toggleSidebar'
  | 'view.toggleNotes'
  | 'help.about';
