import type { AccountKey, ImportRecord } from '../../records';

function keyText(key: AccountKey): string {
  return key.id ? `#${key.id}` : `@${key.handle ?? ''}`;
}

/**
 * What a record is about, e.g. "account #12". Joined, not concatenated: join copies the
 * characters, so an id sliced out of a parsed line (lossless-json, csv-parse) does not keep the
 * whole line alive in the filter's map.
 */
function identity(record: ImportRecord): string | undefined {
  switch (record.type) {
    case 'account':
      return ['account', keyText(record.key)].join(' ');
    case 'post':
      return ['post', record.id].join(' ');
    case 'follow':
      return ['follow', keyText(record.follower), keyText(record.followee)].join(' ');
    case 'like':
      return ['like', keyText(record.account), record.post.id].join(' ');
    default:
      return undefined;
  }
}

const FNV_PRIME = 0x01000193;

function mixText(hash: number, text: string): number {
  let h = hash;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}

/**
 * FNV-1a over a JSON value's structure and contents, without serializing it: a tag per kind
 * keeps "1" apart from 1, ["a","b"] apart from ["ab"], and {a: "b"} apart from {b: "a"}.
 */
function mixValue(hash: number, value: unknown): number {
  switch (typeof value) {
    case 'string':
      return mixText(Math.imul(hash ^ 0x73, FNV_PRIME), value) ^ 0x1f;
    case 'number':
    case 'boolean':
    case 'bigint':
      return mixText(Math.imul(hash ^ 0x6e, FNV_PRIME), String(value)) ^ 0x1e;
    case 'object': {
      if (value === null) return Math.imul(hash ^ 0x30, FNV_PRIME);
      let h = Math.imul(hash ^ (Array.isArray(value) ? 0x5b : 0x7b), FNV_PRIME);
      if (Array.isArray(value)) {
        for (const item of value) h = Math.imul(mixValue(h, item) ^ 0x2c, FNV_PRIME);
      } else {
        for (const key in value) {
          const item = (value as Record<string, unknown>)[key];
          if (item !== undefined) h = mixValue(mixText(h, key), item);
        }
      }
      return Math.imul(h ^ 0x7d, FNV_PRIME);
    }
    default:
      return Math.imul(hash ^ 0x75, FNV_PRIME);
  }
}

/** FNV-1a, 32 bits: a short fingerprint of one field's value. */
function fingerprint(value: unknown): string {
  return (mixValue(0x811c9dc5, value) >>> 0).toString(36);
}

/** The record's fields and their fingerprints, as one flat "field=fp;field=fp": a few dozen bytes. */
function packedFields(record: ImportRecord): string {
  const pairs: string[] = [];
  for (const field in record) {
    const value = record[field as keyof ImportRecord];
    if (value !== undefined) pairs.push(`${field}=${fingerprint(value)}`);
  }
  return pairs.join(';');
}

type Fields = Map<string, string>;

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
    const packed = packedFields(record);
    const stored = this.seen.get(found);
    if (stored === undefined) {
      if (this.seen.size >= this.capacity) this.seen.clear();
      this.seen.set(found, packed);
      return false;
    }
    if (stored === packed) return true;
    const known = unpack(stored);
    const fields = unpack(packed);
    if ([...fields].every(([field, fp]) => known.get(field) === fp)) return true;
    for (const [field, fp] of fields) known.set(field, fp);
    this.seen.set(found, [...known].map(([field, fp]) => `${field}=${fp}`).join(';'));
    return false;
  }
}
