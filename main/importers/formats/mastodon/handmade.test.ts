import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openInput } from '../../input';
import { collectRecords } from '../../../test-support/collect';
import { useTempDir } from '../../../test-support/temp-dir';
import { mastodonFormat } from './index';
import { writeZip } from '../../../test-support/test-files';

const actor = {
  '@context': ['https://www.w3.org/ns/activitystreams'],
  id: 'https://social.example/users/ana',
  type: 'Person',
  preferredUsername: 'ana',
  name: 'Ana Example',
  summary: '<p>Buyer at <a href="https://acme.example">Acme</a> &amp; friends</p>',
  url: 'https://social.example/@ana',
  outbox: 'outbox.json',
  published: '2023-01-02T10:00:00+02:00',
  attachment: [{ type: 'PropertyValue', name: 'Company', value: 'Acme' }],
};

function note(id: string, extra: Record<string, unknown> = {}) {
  return {
    id: `https://social.example/users/ana/statuses/${id}/activity`,
    type: 'Create',
    actor: 'https://social.example/users/ana',
    published: '2024-03-01T12:00:00Z',
    object: {
      id: `https://social.example/users/ana/statuses/${id}`,
      type: 'Note',
      published: '2024-03-01T12:00:00+01:00',
      url: `https://social.example/@ana/${id}`,
      content: '<p>Hello <a href="https://example.com/a?b=1&amp;c=2" rel="nofollow">example.com/a</a></p>',
      tag: [],
      ...extra,
    },
  };
}

function outbox(items: unknown[], totalItems = items.length) {
  return JSON.stringify({ id: 'outbox.json', type: 'OrderedCollection', totalItems, orderedItems: items });
}

describe('Mastodon archive: handmade files', () => {
  const tempDir = useTempDir();

  it('reads a ZIP archive: profile, posts and the following list with IDN and "@" addresses', async () => {
    const path = await writeZip(tempDir(), 'archive.zip', {
      'actor.json': JSON.stringify(actor),
      'outbox.json': outbox([note('1')]),
      'following_accounts.csv': [
        'Account address,Show boosts,Notify on new posts,Languages',
        'bob@other.example,true,false,',
        'carla@bücher.example,true,false,"de,en"',
        'bob@other.example,true,false,',
        '',
      ].join('\r\n'),
      'media_attachments/files/1.png': 'not read',
    });
    const input = await openInput(path);
    expect(await mastodonFormat.detect(input)).toMatchObject({
      format: 'mastodon',
      summary: '@ana@social.example: 1 posts and boosts, following list',
    });
    input.close();
    const { of } = await collectRecords(mastodonFormat, path);
    const owner = {
      network: 'mastodon',
      id: 'https://social.example/users/ana',
      handle: 'ana@social.example',
    };
    expect(of('account')[0]).toMatchObject({
      key: owner,
      bio: 'Buyer at Acme & friends\n\nCompany: Acme',
      createdAt: '2023-01-02T08:00:00.000Z',
    });
    expect(of('post')[0]).toMatchObject({
      author: owner,
      createdAt: '2024-03-01T11:00:00.000Z',
      text: 'Hello example.com/a',
      links: ['https://example.com/a?b=1&c=2'],
    });
    // The repeated row is one follow; the IDN domain is kept in its ASCII form.
    expect(of('follow').map((follow) => follow.followee.handle)).toEqual([
      'bob@other.example',
      'carla@xn--bcher-kva.example',
    ]);
    expect(of('follow')[0]?.follower).toEqual(owner);
  });

  it('reads an older following list: one address a line, some with "@"', async () => {
    const path = join(tempDir(), 'following_accounts.csv');
    writeFileSync(path, '\uFEFF@bob@other.example\ncarla@xn--bcher-kva.example\n\n@dan@Example.ORG');
    const owner = { network: 'mastodon' as const, handle: 'ana@social.example' };
    const input = await openInput(path);
    expect(await mastodonFormat.detect(input)).toMatchObject({ needs: { listOwner: { list: 'following' } } });
    input.close();
    const { of } = await collectRecords(mastodonFormat, path, { listOwner: owner });
    expect(of('follow').map((follow) => follow.followee.handle)).toEqual([
      'bob@other.example',
      'carla@xn--bcher-kva.example',
      'dan@example.org',
    ]);
  });

  it('trusts the items over totalItems, with a warning', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'outbox.json'), outbox([note('1'), note('2')], 1));
    const { of } = await collectRecords(mastodonFormat, dir);
    expect(of('post')).toHaveLength(2);
    expect(of('warning')).toEqual([
      {
        type: 'warning',
        message: `${dir.split('/').pop()}/outbox.json says it holds 1 items but holds 2; all 2 were read`,
        where: `${dir.split('/').pop()}/outbox.json`,
      },
    ]);
  });

  it('takes the owner address from a classic actor URI when actor.json is missing', async () => {
    const dir = tempDir();
    const boost = {
      id: 'https://social.example/users/ana/statuses/9/activity',
      type: 'Announce',
      actor: 'https://social.example/users/ana',
      published: '2024-03-02T00:00:00Z',
      object: 'https://other.example/users/bob/statuses/5',
    };
    writeFileSync(join(dir, 'outbox.json'), outbox([boost, { type: 'Like', object: 'x' }]));
    const { of } = await collectRecords(mastodonFormat, dir);
    expect(of('source-info')[0]?.owner).toEqual({
      network: 'mastodon',
      id: 'https://social.example/users/ana',
      handle: 'ana@social.example',
    });
    expect(of('skip')).toEqual([
      {
        type: 'skip',
        reason: 'outbox activity of type Like',
        where: expect.stringContaining('outbox.json, record 2'),
      },
    ]);
  });

  it('stops with CANCELLED when the import is cancelled, after reporting progress in bytes', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'outbox.json'), outbox([note('1'), note('2')]));
    const input = await openInput(dir);
    const calls: number[] = [];
    const controller = new AbortController();
    const ctx = { signal: controller.signal, progress: (done: number) => calls.push(done) };
    for await (const record of mastodonFormat.read(input, {}, ctx)) void record;
    expect(calls.at(-1)).toBe(input.entries[0]!.size);
    controller.abort();
    const read = async () => {
      for await (const record of mastodonFormat.read(input, {}, ctx)) void record;
    };
    await expect(read()).rejects.toMatchObject({ code: 'CANCELLED' });
    input.close();
  });

  it('does not claim a muted-accounts list, an e-mail list or an unrelated JSON file', async () => {
    const dir = tempDir();
    const files: Record<string, string> = {
      'muted_accounts.csv': 'Account address,Hide notifications\nbob@other.example,true\n',
      'emails.csv': 'ana@acme.example\nbob@acme.example\n',
      'data.json': JSON.stringify({ type: 'OrderedCollection', orderedItems: [] }),
    };
    for (const [name, text] of Object.entries(files)) {
      writeFileSync(join(dir, name), text);
      const input = await openInput(join(dir, name));
      expect(await mastodonFormat.detect(input), name).toBeNull();
      input.close();
    }
  });
});
