export const workspaceExtension = '.itrack';

// Characters Windows refuses in file names; refusing them everywhere keeps workspaces portable.
const forbidden = /[/\\:*?"<>|]/;
const hasControlCharacter = (text: string) => [...text].some((character) => character.charCodeAt(0) < 32);

/** Why a workspace name cannot become a file name, or null when it can (or is still empty). */
export function nameProblem(name: string): string | null {
  const trimmed = name.trim();
  if (trimmed === '') return null;
  if (forbidden.test(trimmed) || hasControlCharacter(trimmed))
    return 'A name cannot contain / \\ : * ? " < > |';
  if (/^\.+$/.test(trimmed)) return 'Choose a name with letters or numbers in it.';
  if (trimmed.length > 120) return 'Choose a name of at most 120 characters.';
  return null;
}

/** "Acme pursuit" → "Acme pursuit.itrack"; a name that already ends in .itrack is kept. */
export function workspaceFileName(name: string): string {
  const trimmed = name.trim();
  return trimmed.toLowerCase().endsWith(workspaceExtension) ? trimmed : `${trimmed}${workspaceExtension}`;
}

/** The file a new workspace will be, using the folder's own kind of separator. */
export function workspaceFilePath(folder: string, name: string): string {
  const file = workspaceFileName(name);
  const base = folder.trim();
  if (base === '') return file;
  const separator = base.includes('\\') && !base.includes('/') ? '\\' : '/';
  const withoutTrailing = base.replace(/[/\\]+$/, '');
  // A root folder ("/" or "C:\") is all separator or ends in one; keep exactly one.
  return `${withoutTrailing}${separator}${file}`;
}
