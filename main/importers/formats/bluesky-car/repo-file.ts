import { decode } from '@atcute/cbor';
import { ImportFormatError } from '../../errors';
import type { InputSource } from '../../input';
import { carRoots } from './car-blocks';
import { cidText, linkKey, type CidKey } from './cid-key';

/** A getRepo export is one file: more entries than this is some other kind of folder. */
const MAX_CONTAINER_ENTRIES = 16;

export interface Commit {
  did: string;
  /** CID of the MST's root node. */
  data: CidKey;
  version: number;
  rev?: string;
}

/** The name of an entry in messages: the file itself, or the folder/archive and the entry. */
export function fileLabel(input: InputSource, path: string): string {
  return input.container === 'file' ? path : `${input.displayName}/${path}`;
}

/**
 * The entry holding the repository: the only one whose first bytes are a CAR v1 header (a varint
 * length, then DAG-CBOR `{version: 1, roots}`). The file name is not looked at. When reading a lone
 * file the user chose, it is taken as is, so that a damaged header is reported by the reader.
 */
export async function findCarEntry(input: InputSource, mode: 'detect' | 'read'): Promise<string | null> {
  if (mode === 'read' && input.container === 'file') return input.entries[0]?.path ?? null;
  if (input.entries.length > MAX_CONTAINER_ENTRIES) return null;
  const found: string[] = [];
  for (const entry of input.entries) {
    if (entry.size === 0) continue;
    if (carRoots(await input.head(entry.path, 64 * 1024))) found.push(entry.path);
  }
  return found.length === 1 ? found[0]! : null;
}

/** The signed commit the CAR's root names: `{did, version: 2|3, data, rev?, sig}`. */
export function readCommit(bytes: Uint8Array, fileName: string, cid: CidKey): Commit {
  const fail = (problem: string): never => {
    throw new ImportFormatError(fileName, `root block ${cidText(cid)}`, problem);
  };
  let value: unknown;
  try {
    value = decode(bytes);
  } catch (error) {
    return fail(`not valid DAG-CBOR (${(error as Error).message})`);
  }
  if (!value || typeof value !== 'object') return fail('not a repository commit');
  const { did, data, version, rev } = value as Record<string, unknown>;
  if (typeof did !== 'string' || !did.startsWith('did:')) return fail('not a repository commit (no "did")');
  const tree = linkKey(data);
  if (!tree) return fail('not a repository commit (no "data" link to the record tree)');
  if (version !== 2 && version !== 3) return fail(`unsupported repository commit version ${String(version)}`);
  return { did, data: tree, version, ...(typeof rev === 'string' ? { rev } : {}) };
}
