import { decode } from '@atcute/cbor';
import type { ReadContext, ReadOptions } from '../../format';
import { ImportFormatError } from '../../errors';
import type { InputSource } from '../../input';
import type { AccountKey, ImportRecord } from '../../records';
import { CODEC_DAG_CBOR, streamCarBlocks, type BlockHooks } from './car-blocks';
import { cidText, type CidKey } from './cid-key';
import { mayBeMstNode, walkMst } from './mst';
import { fileLabel, findCarEntry, readCommit, type Commit } from './repo-file';
import { readRepoRecord } from './repo-records';

const PROFILE_KEY = 'app.bsky.actor.profile/self';

interface RepoIndex {
  commit: Commit;
  /** Record block CID -> its `collection/rkey`; a list when identical records share one block. */
  wanted: Map<CidKey, string | string[]>;
}

/**
 * Pass 1: keep only the commit and the tree nodes (small), walk the tree, and note which record
 * blocks to decode. Blocks come in any order, so the records wait for pass 2.
 */
async function indexRepository(
  input: InputSource,
  path: string,
  label: string,
  hooks: BlockHooks,
): Promise<RepoIndex> {
  let root: CidKey | undefined;
  let commitBytes: Uint8Array | undefined;
  const nodes = new Map<CidKey, Uint8Array>();
  const blocks = streamCarBlocks(await input.open(path), label, hooks, (roots) => (root = roots[0]));
  for await (const block of blocks) {
    // Copies: the reader's views point into chunks that would otherwise stay alive whole.
    if (block.cid === root) {
      commitBytes = block.bytes.slice();
    } else if (block.codec === CODEC_DAG_CBOR && mayBeMstNode(block.bytes)) {
      nodes.set(block.cid, block.bytes.slice());
    }
  }
  if (!root || !commitBytes) {
    const where = root ? `root block ${cidText(root)}` : 'the header';
    throw new ImportFormatError(label, where, 'the repository commit the header names is missing');
  }
  const commit = readCommit(commitBytes, label, root);
  const wanted = new Map<CidKey, string | string[]>();
  for (const entry of walkMst(commit.data, nodes, label)) {
    const keys = wanted.get(entry.cid);
    if (keys === undefined) wanted.set(entry.cid, entry.key);
    else wanted.set(entry.cid, [...(Array.isArray(keys) ? keys : [keys]), entry.key]);
  }
  return { commit, wanted };
}

/**
 * A Bluesky repository export (com.atproto.sync.getRepo). Read in two streaming passes with
 * @atcute/car's streaming reader: memory holds the tree's keys, never the records.
 */
export async function* readBlueskyCar(
  input: InputSource,
  options: ReadOptions,
  ctx: ReadContext,
): AsyncGenerator<ImportRecord> {
  const path = await findCarEntry(input, 'read');
  if (!path) {
    throw new ImportFormatError(input.displayName, 'the header', 'no CAR v1 repository file was found');
  }
  const label = fileLabel(input, path);
  const size = input.entries.find((entry) => entry.path === path)?.size ?? 0;
  const hooks = (offset: number): BlockHooks => ({
    signal: ctx.signal,
    onBytes: (bytes) => ctx.progress(offset + bytes, size * 2),
  });

  const { commit, wanted } = await indexRepository(input, path, label, hooks(0));
  const owner: AccountKey = { network: 'bluesky', id: commit.did };
  yield { type: 'source-info', owner };
  let hasProfile = false;
  for (const keys of wanted.values()) {
    hasProfile ||= Array.isArray(keys) ? keys.includes(PROFILE_KEY) : keys === PROFILE_KEY;
  }
  if (!hasProfile) yield { type: 'account', key: owner };

  let displayName: string | undefined;
  for await (const block of streamCarBlocks(await input.open(path), label, hooks(size), () => {})) {
    const found = wanted.get(block.cid);
    if (found === undefined) continue;
    wanted.delete(block.cid);
    const keys = Array.isArray(found) ? found : [found];
    const where = `record ${keys[0]!} (block ${cidText(block.cid)})`;
    if (block.codec !== CODEC_DAG_CBOR) {
      throw new ImportFormatError(label, where, 'the record is not DAG-CBOR');
    }
    let value: unknown;
    try {
      value = decode(block.bytes);
    } catch (error) {
      throw new ImportFormatError(label, where, `not valid DAG-CBOR (${(error as Error).message})`);
    }
    for (const key of keys) {
      const context = { did: commit.did, owner, where: `${label}, ${key}` };
      for (const record of readRepoRecord(key, value, context)) {
        if (record.type === 'account' && key === PROFILE_KEY) displayName = record.name;
        yield record;
      }
    }
  }
  for (const [cid, keys] of wanted) {
    const key = Array.isArray(keys) ? keys[0]! : keys;
    throw new ImportFormatError(label, `record ${key}`, `its block ${cidText(cid)} is missing from the CAR`);
  }
  yield {
    type: 'person',
    sourceKey: `bluesky:${commit.did}`,
    displayName: displayName ?? commit.did,
    relationship: options.relationship ?? 'me',
    accounts: [{ key: owner, status: 'confirmed', evidence: 'owner of this Bluesky repository' }],
  };
  ctx.progress(size * 2, size * 2);
}
