// Tests only: builds small repository CARs to feed the reader shapes the samples do not have.
import { createHash } from 'node:crypto';
import { writeCarStream } from '@atcute/car';
import { CidLinkWrapper, encode, toBytes } from '@atcute/cbor';

export interface FixtureBlock {
  cid: CidLinkWrapper;
  data: Uint8Array;
}

/** A DAG-CBOR block and its CIDv1 (sha-256). */
export function block(value: unknown): FixtureBlock {
  const data = encode(value);
  return blockOfBytes(data);
}

export function blockOfBytes(data: Uint8Array): FixtureBlock {
  const digest = createHash('sha256').update(data).digest();
  const cid = new Uint8Array([0x01, 0x71, 0x12, 0x20, ...digest]);
  return { cid: new CidLinkWrapper(cid), data };
}

/** A one-node tree over `collection/rkey` keys (the reader does not check MST layering). */
export function treeNode(entries: [key: string, record: FixtureBlock][], left: CidLinkWrapper | null = null) {
  const sorted = [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  let previous = '';
  const e = sorted.map(([key, record]) => {
    let prefix = 0;
    while (prefix < previous.length && previous[prefix] === key[prefix]) prefix += 1;
    previous = key;
    return { k: toBytes(new TextEncoder().encode(key.slice(prefix))), p: prefix, t: null, v: record.cid };
  });
  return block({ e, l: left });
}

export function commit(did: string, data: CidLinkWrapper, extra: Record<string, unknown> = {}) {
  return block({
    did,
    version: 3,
    data,
    rev: '3kaaaaaaaaaaa',
    prev: null,
    sig: toBytes(new Uint8Array(64)),
    ...extra,
  });
}

export async function carBytes(root: CidLinkWrapper, blocks: FixtureBlock[]): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  const stream = writeCarStream(
    [root],
    blocks.map((b) => ({ cid: b.cid.bytes, data: b.data })),
  );
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** A whole repository: commit first, then the tree node, then the records. */
export async function repoCar(did: string, records: Record<string, unknown>): Promise<Buffer> {
  const recordBlocks = Object.entries(records).map(
    ([key, value]) => [key, block(value)] as [string, FixtureBlock],
  );
  const node = treeNode(recordBlocks);
  const head = commit(did, node.cid);
  return carBytes(head.cid, [head, node, ...recordBlocks.map(([, b]) => b)]);
}
