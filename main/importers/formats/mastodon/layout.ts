import type { InputSource } from '../../input';
import { decodeUtf8 } from '../../util/text';
import { normalizeAddress } from './addresses';

/** The files of a Mastodon archive we read, by entry path. */
export interface MastodonLayout {
  actor?: string;
  outbox?: string;
  likes?: string;
  bookmarks?: string;
  following?: string;
}

type Role = keyof MastodonLayout;

const fileNames: Record<string, Role> = {
  'actor.json': 'actor',
  'outbox.json': 'outbox',
  'likes.json': 'likes',
  'bookmarks.json': 'bookmarks',
  'following_accounts.csv': 'following',
};

const HEAD_BYTES = 64 * 1024;
const FOLLOWING_HEADER = /^\uFEFF?Account address,Show boosts/;

function isOrderedCollection(head: string, id?: string): boolean {
  if (!/^\s*\{/.test(head) || !/"type"\s*:\s*"OrderedCollection"/.test(head)) return false;
  return id === undefined || new RegExp(`"id"\\s*:\\s*"${id.replace('.', '\\.')}"`).test(head);
}

function isActor(head: string): boolean {
  return (
    /^\s*\{/.test(head) &&
    /"type"\s*:\s*"(Person|Service|Application|Group|Organization)"/.test(head) &&
    /"preferredUsername"\s*:/.test(head) &&
    /"outbox"\s*:/.test(head)
  );
}

function firstLine(head: string): string {
  return (head.split(/\r?\n/).find((line) => line.trim() !== '') ?? '').trim();
}

/** Whether the first bytes of an entry agree with the role its name gives it. */
function headFits(role: Role, head: string): boolean {
  switch (role) {
    case 'actor':
      return isActor(head);
    case 'following': {
      const line = firstLine(head);
      return FOLLOWING_HEADER.test(line) || normalizeAddress(line.split(',')[0] ?? '') !== undefined;
    }
    default:
      return isOrderedCollection(head);
  }
}

/** A lone file under another name, recognised by what Mastodon writes inside it. */
function roleByContent(head: string): Role | undefined {
  if (isActor(head)) return 'actor';
  for (const role of ['outbox', 'likes', 'bookmarks'] as const) {
    if (isOrderedCollection(head, `${role}.json`)) return role;
  }
  // A headerless address list is only recognised by its Mastodon name: it looks like an e-mail list.
  return FOLLOWING_HEADER.test(firstLine(head)) ? 'following' : undefined;
}

function directoryOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '' : path.slice(0, slash);
}

function roleByName(path: string): Role | undefined {
  return fileNames[path.slice(path.lastIndexOf('/') + 1).toLowerCase()];
}

export async function readHead(input: InputSource, path: string): Promise<string> {
  return decodeUtf8(await input.head(path, HEAD_BYTES));
}

/**
 * Finds the archive's files: at the root or in one top-level folder (an unpacked ZIP), all in the same
 * folder. Several folders holding archive files is ambiguous (whose archive?) and gives null.
 * `detect` also requires each file's first bytes to look like what Mastodon writes under its name;
 * `read` trusts the names, so that a damaged file is reported by the reader with the record at fault.
 */
export async function findLayout(
  input: InputSource,
  mode: 'detect' | 'read',
): Promise<MastodonLayout | null> {
  const layout: MastodonLayout = {};
  const fits = async (role: Role, path: string) =>
    mode === 'read' || headFits(role, await readHead(input, path));
  if (input.container === 'file') {
    const entry = input.entries[0];
    if (!entry) return null;
    const named = roleByName(entry.path);
    const role =
      named && (await fits(named, entry.path)) ? named : roleByContent(await readHead(input, entry.path));
    if (!role) return null;
    layout[role] = entry.path;
    return layout;
  }
  const candidates = input.entries.flatMap((entry) => {
    const role = roleByName(entry.path);
    const depth = entry.path.split('/').length - 1;
    return role && depth <= 1 ? [{ path: entry.path, role }] : [];
  });
  const folders = new Set(candidates.map((candidate) => directoryOf(candidate.path)));
  if (folders.size !== 1) return null;
  for (const { path, role } of candidates) {
    if (!(await fits(role, path))) return null;
    layout[role] = path;
  }
  return layout;
}
