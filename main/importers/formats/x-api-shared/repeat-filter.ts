import type { AccountKey, ImportRecord } from '../../records';

function keyText(key: AccountKey): string {
  return key.id ? `#${key.id}` : `@${key.handle ?? ''}`;
}

function identity(record: ImportRecord): string | undefined {
  switch (record.type) {
    case 'account':
      return `account ${keyText(record.key)}`;
    case 'post':
      return `post ${record.id}`;
    case 'follow':
      return `follow ${keyText(record.follower)} ${keyText(record.followee)}`;
    case 'like':
      return `like ${keyText(record.account)} ${record.post.id}`;
    default:
      return undefined;
  }
}

/** FNV-1a, 32 bits: a short fingerprint of one field's value. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

type Fields = Map<string, string>;

function fieldsOf(record: ImportRecord): Fields {
  return new Map(Object.entries(record).map(([field, value]) => [field, fingerprint(JSON.stringify(value))]));
}

// Stored as "field=fp;field=fp" strings: a few dozen bytes per identity instead of a Map.
function pack(fields: Fields): string {
  return [...fields].map(([field, fp]) => `${field}=${fp}`).join(';');
}

function unpack(text: string): Fields {
  return new Map(text.split(';').map((pair) => pair.split('=', 2) as [string, string]));
}

/**
 * Drops a record that tells nothing new about an account, post or edge already emitted from
 * this input: the same author recurs on every line of a flattened file, twarc2 pages overlap,
 * and snscrape repeats a full profile as a name-only mention (snscrape/twitter-search-ZM.jsonl).
 * A record with a new or changed field is emitted (the writer keeps the newest). Memory is
 * bounded: past `capacity` identities it forgets them all, and later repeats reach the writer,
 * which merges them by id.
 */
export class RepeatFilter {
  private readonly seen = new Map<string, string>();

  constructor(private readonly capacity = 100_000) {}

  isRepeat(record: ImportRecord): boolean {
    const found = identity(record);
    if (found === undefined) return false;
    // A copy: an id sliced out of a parsed line would keep the whole line alive in this map.
    const id = Buffer.from(found, 'utf8').toString('utf8');
    const fields = fieldsOf(record);
    const stored = this.seen.get(id);
    const known = stored === undefined ? undefined : unpack(stored);
    if (known && [...fields].every(([field, fp]) => known.get(field) === fp)) return true;
    const merged = known ?? new Map<string, string>();
    for (const [field, fp] of fields) merged.set(field, fp);
    if (stored === undefined && this.seen.size >= this.capacity) this.seen.clear();
    this.seen.set(id, pack(merged));
    return false;
  }
}
