import { readFileSync } from 'node:fs';
import { CidLinkWrapper, encode } from '@atcute/cbor';
import { describe, expect, it } from 'vitest';
import { openInput } from '../../input';
import { collectRecords } from '../../../test-support/collect';
import { samplePath } from '../../../test-support/samples';
import { useTempDir } from '../../../test-support/temp-dir';
import { block, blockOfBytes, carBytes, commit, repoCar, treeNode } from './car-fixture';
import { blueskyCarFormat } from './index';
import { formatError, writeFile } from '../../../test-support/test-files';

const did = 'did:plc:abcdefghijklmnopqrstuvwx';
const post = { $type: 'app.bsky.feed.post', text: 'hello', createdAt: '2024-05-01T10:00:00+02:00' };

describe('Bluesky CAR: handmade repositories', () => {
  const tempDir = useTempDir();
  const write = (name: string, content: Uint8Array) => writeFile(tempDir(), name, content);
  const readError = (path: string) => formatError(blueskyCarFormat, path);

  it('skips legacy and unused record types by name, and reads the rest', async () => {
    const path = write(
      'repo.bin',
      await repoCar(did, {
        'app.bsky.feed.post/3a': post,
        'app.bsky.feed.vote/3b': { $type: 'app.bsky.feed.vote', direction: 'up' },
        'app.bsky.graph.block/3c': { $type: 'app.bsky.graph.block', subject: 'did:plc:x' },
        'app.bsky.feed.like/3d': {
          $type: 'app.bsky.feed.like',
          subject: { uri: 'at://did:plc:x/app.bsky.feed.generator/whats-hot', cid: 'bafy' },
        },
      }),
    );
    const { of } = await collectRecords(blueskyCarFormat, path);
    expect(of('post')).toEqual([
      {
        type: 'post',
        network: 'bluesky',
        id: `at://${did}/app.bsky.feed.post/3a`,
        author: { network: 'bluesky', id: did },
        text: 'hello',
        kind: 'post',
        createdAt: '2024-05-01T08:00:00.000Z',
      },
    ]);
    // In the order of the blocks in the file.
    expect(of('skip').map((skip) => skip.reason)).toEqual([
      'legacy record type app.bsky.feed.vote',
      'record type app.bsky.graph.block is not imported',
      'like of something other than a post (app.bsky.feed.generator)',
    ]);
    expect(of('skip')[0]?.where).toBe('repo.bin, app.bsky.feed.vote/3b');
  });

  it('a truncated file names the block it stops in', async () => {
    const whole = readFileSync(samplePath('bluesky', 'fakermaker.repo.car'));
    const error = await readError(write('fakermaker.repo.car', whole.subarray(0, 100_000)));
    expect(error.message).toMatch(
      /^fakermaker\.repo\.car, block \d+ \(after byte \d+\): not a readable CAR file/,
    );
  });

  it('a bad header', async () => {
    const header = encode({ version: 2, roots: [] });
    const error = await readError(write('bad.car', Buffer.concat([Buffer.from([header.length]), header])));
    expect(error.message).toBe('bad.car, the header: not a readable CAR file (expected a car v1 archive)');
  });

  it('binary garbage', async () => {
    const garbage = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256));
    const path = write('garbage.car', garbage);
    const input = await openInput(path);
    expect(await blueskyCarFormat.detect(input)).toBeNull();
    input.close();
    expect((await readError(path)).message).toMatch(/^garbage\.car, the header: not a readable CAR file/);
  });

  it('a CAR whose root block is missing', async () => {
    const record = block(post);
    const node = treeNode([['app.bsky.feed.post/3a', record]]);
    const head = commit(did, node.cid);
    const error = await readError(write('rootless.car', await carBytes(head.cid, [node, record])));
    expect(error.message).toBe(
      `rootless.car, root block ${head.cid.$link}: the repository commit the header names is missing`,
    );
  });

  it('a root block that is not a commit', async () => {
    const notCommit = block({ hello: 'world' });
    const error = await readError(write('odd.car', await carBytes(notCommit.cid, [notCommit])));
    expect(error.message).toBe(
      `odd.car, root block ${notCommit.cid.$link}: not a repository commit (no "did")`,
    );
  });

  it('a tree node that is missing', async () => {
    const record = block(post);
    const missingLeft = block({ e: [], l: null });
    const node = treeNode([['app.bsky.feed.post/3a', record]], missingLeft.cid);
    const head = commit(did, node.cid);
    const error = await readError(write('holes.car', await carBytes(head.cid, [head, node, record])));
    expect(error.message).toBe(
      `holes.car, repository tree node ${missingLeft.cid.$link}: the block is missing from the CAR`,
    );
  });

  it('a record block that is missing', async () => {
    const record = block(post);
    const node = treeNode([['app.bsky.feed.post/3a', record]]);
    const head = commit(did, node.cid);
    const error = await readError(write('partial.car', await carBytes(head.cid, [head, node])));
    expect(error.message).toBe(
      `partial.car, record app.bsky.feed.post/3a: its block ${record.cid.$link} is missing from the CAR`,
    );
  });

  it('a record block that is not DAG-CBOR', async () => {
    const broken = blockOfBytes(new Uint8Array([0xa2, 0x65, 0x24, 0x74]));
    const node = treeNode([['app.bsky.feed.post/3a', broken]]);
    const head = commit(did, node.cid);
    const error = await readError(write('broken.car', await carBytes(head.cid, [head, node, broken])));
    expect(error.message).toMatch(
      new RegExp(
        `^broken\\.car, record app\\.bsky\\.feed\\.post/3a \\(block ${broken.cid.$link}\\): not valid DAG-CBOR`,
      ),
    );
  });

  it('a tree key that is not collection/rkey', async () => {
    const record = block(post);
    const node = treeNode([['no-slash-here', record]]);
    const head = commit(did, node.cid);
    const error = await readError(write('keys.car', await carBytes(head.cid, [head, node, record])));
    expect(error.message).toBe(
      `keys.car, repository tree node ${node.cid.$link}: the key “no-slash-here” is not collection/rkey`,
    );
  });

  it('is found by its header whatever the name, and other bytes are not claimed', async () => {
    const path = write('export-without-extension', await repoCar(did, { 'app.bsky.feed.post/3a': post }));
    const input = await openInput(path);
    expect(await blueskyCarFormat.detect(input)).toMatchObject({ owner: { network: 'bluesky', id: did } });
    input.close();
    const link = new CidLinkWrapper(new Uint8Array([0x01, 0x71, 0x12, 0x20, ...new Uint8Array(32)]));
    const notCar = encode({ version: 1, roots: [link] });
    const jsonPath = write('car.json', Buffer.from(JSON.stringify({ version: 1, roots: [link.$link] })));
    const json = await openInput(jsonPath);
    expect(await blueskyCarFormat.detect(json)).toBeNull();
    json.close();
    // DAG-CBOR of a header without its varint length in front is not a CAR either.
    const bare = await openInput(write('bare.cbor', notCar));
    expect(await blueskyCarFormat.detect(bare)).toBeNull();
    bare.close();
  });
});
