import type { MethodName } from '../../common/api';

/**
 * Calls that never touch the open workspace: they answer even while an import saves. Entries
 * ending with a dot are prefixes. Anything not listed waits, so a new method is safe by default.
 */
const workspaceFree: readonly (MethodName | 'settings.' | 'dialog.')[] = [
  'app.info',
  'workspace.recent',
  'workspace.forgetRecent',
  'import.discard',
  'settings.',
  'dialog.',
  'files.list',
];

/** Calls that write the user's data to the workspace: a new one belongs here. */
const workspaceWrites = new Set<MethodName>([
  'prospects.add',
  'prospects.remove',
  'import.run',
  'import.remove',
  'notes.save',
  'categories.save',
  'categories.delete',
  'categories.assign',
  'pursuit.save',
  'searches.save',
  'searches.delete',
  'searches.markViewed',
  'people.link',
  'people.unlink',
  'people.update',
  'people.merge',
  'people.unmerge',
  'people.rejectDuplicate',
  'people.setTie',
  'paths.setOrganisation',
  'accounts.name',
  'erase.run',
  'workspace.encrypt',
  'workspace.changePassphrase',
  'workspace.removePassphrase',
]);

export function touchesWorkspace(method: MethodName): boolean {
  return !workspaceFree.some((free) => (free.endsWith('.') ? method.startsWith(free) : method === free));
}

/**
 * Whether a call writes the workspace, so the dispatcher checks first that the file is still
 * where it was opened. Reads are left to answer: the open file still holds everything.
 */
export function writesWorkspace(method: MethodName): boolean {
  return workspaceWrites.has(method);
}
