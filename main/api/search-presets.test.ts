import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppApi } from '../../common/client';
import { MARK_END, MARK_START } from '../../common/search-marks';
import type { ImportRecord } from '../importers/records';
import { fixtureWorld, xAccount as x } from '../test-support/fixture-world';

let dir = '';
const tempDir = () => (dir ||= mkdtempSync(join(tmpdir(), 'inside-track-presets-')));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const ceo = x('1', 'acme_ceo');
const dana = x('2', 'dana');
const bob = x('3', 'bob');
const close = x('4', 'close');
let next = 10;
const post = (author: typeof ceo, text: string, extra: object = {}): ImportRecord => ({
  type: 'post',
  network: 'x',
  id: String((next += 1)),
  author,
  text,
  createdAt: '2024-03-01T10:00:00.000Z',
  kind: 'post',
  ...extra,
});

// Real posts from the samples that the old preset took for buying intent (twitter-user-jack, flat.jsonl).
const corpus: ImportRecord[] = [
  { type: 'follow', follower: dana, followee: ceo },
  post(dana, 'Can anyone recommend a CRM for a 50 person team?'),
  post(bob, 'Is there a tool that syncs Hubspot with our ERP?'),
  post(bob, 'Looking for alternatives to Salesforce, any suggestions?'),
  post(bob, '@siliconpatch You need a new job'),
  post(bob, 'You could trigger it manually whenever you need a break.'),
  post(bob, 'We need a new mobile OS that’s web-only.'),
  post(bob, 'Our $SOL level got front-run! Looking for shorts if we back test $82 to $83.'),
  post(dana, 'Moving our pipeline to @close this quarter', { mentions: [close] }),
  post(bob, 'Close the door on the way out'),
  // A like from an X archive: the text only, no mention data.
  post(bob, 'Great pipeline demo by @close today'),
  post(bob, 'Pipedrive raised prices again'),
];

let api: AppApi;
beforeAll(async () => {
  ({ api } = await fixtureWorld(tempDir, corpus));
  await api.pursuit.save({ business: [], competitors: { handles: ['@close'], keywords: ['Pipedrive'] } });
});

const texts = async (query: string) =>
  (await api.search.run({ query, limit: 50 })).hits.map((h) =>
    h.snippet.replaceAll(MARK_START, '').replaceAll(MARK_END, ''),
  );
const preset = async (name: string) => {
  const found = (await api.searches.presets({})).find((p) => p.name === name);
  if (!found) throw new Error(`no preset ${name}`);
  return found.query;
};

describe('listening presets', () => {
  it('buying intent finds questions and requests, not “you need a new job” or “need a break”', async () => {
    const found = await texts(await preset('Buying intent'));
    expect(found).toHaveLength(3);
    expect(found.join(' ')).toMatch(/recommend a CRM/);
    expect(found.join(' ')).not.toMatch(/new job|need a break|mobile OS|shorts/);
  });

  it('competitors are @mentions of their handles and their names, not the handle as a word', async () => {
    const mentioned = await texts(await preset('Competitors mentioned'));
    expect(mentioned).toHaveLength(2);
    expect(mentioned.join(' ')).toMatch(/pipeline to @close/);
    expect(mentioned.join(' ')).not.toMatch(/door/);
    expect(await texts(await preset('Competitors named'))).toHaveLength(1);
  });

  it('can be kept to a prospect’s followers', async () => {
    expect(await texts(`${await preset('Buying intent')} followers:@acme_ceo`)).toHaveLength(1);
  });
});
