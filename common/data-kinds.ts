import type { ListedMethodName } from './method-names';

/**
 * What a write changed, in the terms views depend on. The core announces these after every call
 * that wrote (`workspace.revised`); each renderer query names the kinds it reads, and refreshes
 * when one of them is announced.
 */
export type DataKind =
  /** Imported records: accounts, follows, posts, likes, contacts (imports and their removal). */
  | 'records'
  /** Which contact is which account (link decisions). */
  | 'links'
  /** Categories, keyword rules, manual category assignments, the pursuit's competitors. */
  | 'rules'
  | 'prospects'
  | 'notes'
  | 'searches'
  /** What the user keeps about a contact: relationship, customer since, what we did, what they say. */
  | 'people';

export const dataKinds: readonly DataKind[] = [
  'records',
  'links',
  'rules',
  'prospects',
  'notes',
  'searches',
  'people',
];

/** Every kind but the notes: what a view reads when it names nothing narrower. */
export const allButNotes: readonly DataKind[] = dataKinds.filter((kind) => kind !== 'notes');

/**
 * The kinds each writing method can change. A method not listed that still wrote (SQLite says
 * rows changed) is announced as changing every kind but the notes: better a spare refresh than
 * a stale view.
 */
const changesByMethod: Partial<Record<ListedMethodName, readonly DataKind[]>> = {
  'import.run': ['records', 'links'],
  'import.remove': ['records', 'links'],
  'people.link': ['links'],
  'people.unlink': ['links'],
  // A relationship changes which paths are warm and how they rank, as a link decision does.
  'people.update': ['people', 'links'],
  // Merging moves a person's links and facts: paths through them, and the lists, change.
  'people.merge': ['records', 'people', 'links'],
  'people.unmerge': ['records', 'people', 'links'],
  'people.rejectDuplicate': ['people'],
  'people.setTie': ['people'],
  'categories.save': ['rules'],
  'categories.delete': ['rules'],
  'categories.assign': ['rules'],
  'pursuit.save': ['rules'],
  'prospects.add': ['prospects'],
  'prospects.remove': ['prospects'],
  'paths.setOrganisation': ['prospects'],
  'notes.save': ['notes'],
  'searches.save': ['searches'],
  'searches.delete': ['searches'],
  'searches.markViewed': ['searches'],
  // A merge moves follows, links and a prospect to the named account.
  'accounts.name': ['records', 'links', 'prospects'],
  // Erasing someone can touch every kind of record, the notes included.
  'erase.run': ['records', 'links', 'rules', 'prospects', 'notes', 'searches', 'people'],
  // A preview erases and rolls back: the file is as it was, so no view needs to read it again.
  'erase.preview': [],
  // The demo opens as a new workspace: every view reads it again.
  'demo.create': ['records', 'links', 'rules', 'prospects', 'notes', 'searches', 'people'],
  // A restore puts another file in the workspace's place: every view reads it again.
  'backups.restore': ['records', 'links', 'rules', 'prospects', 'notes', 'searches', 'people'],
  'backups.setKeep': [],
  // Encrypting re-opens the workspace: `workspace.changed` makes every view read it again.
  'workspace.encrypt': [],
  'workspace.changePassphrase': [],
  'workspace.removePassphrase': [],
};

export function changesOf(method: ListedMethodName): readonly DataKind[] {
  return changesByMethod[method] ?? allButNotes;
}
