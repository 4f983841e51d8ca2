import { decode, fromBytes, isBytes } from '@atcute/cbor';
import { ImportFormatError } from '../../errors';
import { cidText, linkKey, type CidKey } from './cid-key';

/** One record of the repository: `collection/rkey` and the CID of its block. */
export interface RepoEntry {
  key: string;
  cid: CidKey;
}

interface MstNode {
  left: CidKey | null;
  entries: { prefix: number; suffix: Uint8Array; value: CidKey; right: CidKey | null }[];
}

/**
 * Whether a block may be an MST node, from its first bytes: DAG-CBOR orders map keys by length then
 * bytes, so a node `{e, l}` starts with a 2-entry map (0xa2) whose first key is "e" (0x61 0x65).
 * Records start differently except by rare accident, which decoding then rules out.
 */
export function mayBeMstNode(bytes: Uint8Array): boolean {
  return bytes[0] === 0xa2 && bytes[1] === 0x61 && bytes[2] === 0x65;
}

function linkOrNull(value: unknown): CidKey | null | undefined {
  return value === null ? null : linkKey(value);
}

/** An MST node `{l, e: [{p, k, v, t}]}`, or undefined when the block is something else. */
function decodeNode(bytes: Uint8Array): MstNode | undefined {
  let value: unknown;
  try {
    value = decode(bytes);
  } catch {
    return undefined;
  }
  if (!value || typeof value !== 'object' || !('e' in value) || !('l' in value) || !Array.isArray(value.e)) {
    return undefined;
  }
  const left = linkOrNull(value.l);
  if (left === undefined) return undefined;
  const entries: MstNode['entries'] = [];
  for (const item of value.e as unknown[]) {
    if (!item || typeof item !== 'object' || !('p' in item) || !('k' in item) || !('v' in item))
      return undefined;
    const right = linkOrNull('t' in item ? item.t : null);
    const entryValue = linkOrNull(item.v);
    if (typeof item.p !== 'number' || !isBytes(item.k) || !entryValue || right === undefined)
      return undefined;
    entries.push({ prefix: item.p, suffix: fromBytes(item.k), value: entryValue, right });
  }
  return { left, entries };
}

/**
 * Walks the Merkle Search Tree from its root node in key order and yields every record's key and CID.
 * Keys are prefix-compressed: each entry keeps `p` bytes of the previous key in its node and adds `k`.
 * `nodes` holds the raw bytes of candidate node blocks by CID; a node that is missing or damaged
 * throws ImportFormatError naming its block.
 */
export function* walkMst(
  root: CidKey,
  nodes: Map<CidKey, Uint8Array>,
  fileName: string,
): Generator<RepoEntry> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const visited = new Set<CidKey>();
  const fail = (cid: CidKey, problem: string): never => {
    throw new ImportFormatError(fileName, `repository tree node ${cidText(cid)}`, problem);
  };
  const stack: ({ node: CidKey } | RepoEntry)[] = [{ node: root }];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (!('node' in next)) {
      yield next;
      continue;
    }
    const cid = next.node;
    if (visited.has(cid)) fail(cid, 'the tree refers to this node twice (a loop)');
    visited.add(cid);
    const bytes = nodes.get(cid);
    if (!bytes) return fail(cid, 'the block is missing from the CAR');
    const node = decodeNode(bytes);
    if (!node) return fail(cid, 'the block is not a repository tree node');
    // Pushed in reverse so that popping gives: left subtree, entry, its right subtree, next entry...
    const ordered: ({ node: CidKey } | RepoEntry)[] = [];
    if (node.left) ordered.push({ node: node.left });
    let previous = new Uint8Array(0);
    for (const entry of node.entries) {
      if (entry.prefix > previous.length) fail(cid, `an entry keeps ${entry.prefix} bytes of a shorter key`);
      const keyBytes = new Uint8Array(entry.prefix + entry.suffix.length);
      keyBytes.set(previous.subarray(0, entry.prefix));
      keyBytes.set(entry.suffix, entry.prefix);
      previous = keyBytes;
      let key: string;
      try {
        key = decoder.decode(keyBytes);
      } catch {
        return fail(cid, 'an entry key is not UTF-8');
      }
      if (!/^[^/]+\/[^/]+$/.test(key)) fail(cid, `the key “${key.slice(0, 100)}” is not collection/rkey`);
      ordered.push({ key, cid: entry.value });
      if (entry.right) ordered.push({ node: entry.right });
    }
    for (let i = ordered.length - 1; i >= 0; i -= 1) stack.push(ordered[i]!);
  }
}
