import { realpathSync, readdirSync, statSync } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { BrowseRoot, FolderEntry, FolderListing } from '../../common/folder-listing';
import { AppError } from '../../common/errors';

const WORKSPACE_EXTENSION = '.itrack';

const within = (root: string, path: string) => {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/** The real path (links followed), or null when nothing is there. */
function real(path: string): string | null {
  try {
    return realpathSync(path);
  } catch {
    return null;
  }
}

/** The roots that exist, as real paths, in the order given. */
function existingRoots(roots: BrowseRoot[]): BrowseRoot[] {
  return roots.flatMap((root) => {
    const path = real(root.path);
    return path === null ? [] : [{ label: root.label, path }];
  });
}

function crumbsOf(root: BrowseRoot, path: string): BrowseRoot[] {
  const rel = relative(root.path, path);
  const crumbs = [root];
  let at = root.path;
  for (const part of rel === '' ? [] : rel.split(sep)) {
    at = join(at, part);
    crumbs.push({ label: part, path: at });
  }
  return crumbs;
}

function entryOf(folder: string, name: string): FolderEntry | null {
  if (name.startsWith('.')) return null; // hidden, as in a desktop file dialog
  try {
    const path = join(folder, name);
    const stats = statSync(path); // follows links: a linked folder shows as a folder
    const modifiedAt = stats.mtime.toISOString();
    if (stats.isDirectory()) return { name, path, kind: 'folder', size: null, modifiedAt };
    if (stats.isFile() && name.toLowerCase().endsWith(WORKSPACE_EXTENSION))
      return { name, path, kind: 'workspace', size: stats.size, modifiedAt };
  } catch {
    // A dangling link or an entry we may not read: not something the user can open.
  }
  return null;
}

const byKindThenName = (a: FolderEntry, b: FolderEntry) =>
  a.kind === b.kind
    ? a.name.localeCompare(b.name, undefined, { numeric: true, sensitivity: 'base' })
    : a.kind === 'folder'
      ? -1
      : 1;

/**
 * Lists a folder for the browser-mode file browser: its folders and workspace files, nothing
 * hidden. Only folders inside one of `roots` (after following links) are listed; without a path,
 * the first root that exists.
 */
export function listFolder(roots: BrowseRoot[], path?: string): FolderListing {
  const available = existingRoots(roots);
  if (available.length === 0) throw new AppError('IO', 'None of the folders to browse exists.');
  const wanted = path === undefined ? available[0]!.path : real(resolve(path));
  const places = roots.map((root) => `${root.label} (${root.path})`).join(' and ');
  if (wanted === null) {
    throw new AppError('IO', `There is no folder “${path}”. Choose one in ${places}.`, {
      path,
    });
  }
  // The deepest root that holds the folder, so its crumbs start at the nearest root.
  const holding = (folder: string) =>
    available
      .filter((candidate) => within(candidate.path, folder))
      .sort((a, b) => b.path.length - a.path.length)[0];
  const root = holding(wanted);
  if (!root) {
    throw new AppError(
      'BAD_REQUEST',
      `Inside Track shows only folders in ${places}; “${path}” is outside them. Choose a folder there, or type the file’s full path.`,
      { path },
    );
  }
  let names: string[];
  try {
    names = readdirSync(wanted);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOTDIR' ? 'it is a file, not a folder' : 'Inside Track may not read it';
    throw new AppError('IO', `Could not show the folder “${basename(wanted)}”: ${why}.`, {
      path: wanted,
      code,
    });
  }
  const entries = names.flatMap((name) => entryOf(wanted, name) ?? []).sort(byKindThenName);
  const above = resolve(wanted, '..');
  return {
    path: wanted,
    parent: above !== wanted && holding(above) ? above : null,
    crumbs: crumbsOf(root, wanted),
    roots: available,
    entries,
  };
}
