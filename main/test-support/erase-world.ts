import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Db } from '../db/sqlite';

/**
 * A small workspace in SQL, one unique marker per kind of data about "the target" (@zqhandle,
 * Quentin Zqname), and a bystander's markers that must survive an erase.
 */
export const TARGET = {
  handle: 'zqhandle',
  name: 'Quentin Zqname',
  bio: 'zqbio',
  post: 'zqpost',
  note: 'zqnote',
  org: 'zqorg',
  person: 'Petra Zqperson',
  personSays: 'zqsays',
  merged: 'Petra Zqmerged',
  mergedSnapshot: 'zqmergedsnap',
} as const;
export const BYSTANDER = ['keepbio', 'keeppost', 'keepnote', 'Keeper Name'] as const;

export function buildEraseWorld(db: Db): void {
  const now = '2026-01-01T00:00:00.000Z';
  db.exec(`
    INSERT INTO sources(id, file_name, path, sha256, format, imported_at, owner_account_id, options_json)
      VALUES (1, 'zqhandle-following.js', '/in/zqhandle-following.js', 'a1', 'x-archive', '${now}', 10, '{"listOwner":"@zqhandle"}'),
             (2, 'followers.csv', '/in/followers.csv', 'a2', 'x-csv', '${now}', 11, '{}'),
             (3, 'Connections.csv', '/in/Connections.csv', 'a3', 'linkedin-csv', '${now}', NULL, '{}');
    INSERT INTO accounts(id, network, external_id, handle, name, bio, followers_count) VALUES
      (10, 'x', '9001', 'zqhandle', 'Quentin Zqname', 'I write zqbio things', 5),
      (11, 'x', '9002', 'keeper', 'Keeper Name', 'keepbio and friend of @zqhandle', 7),
      (12, 'x', '9003', 'other', 'Other One', 'plain', 1);
    INSERT INTO account_sources(account_id, source_id, profile_json) VALUES
      (10, 1, '{"handle":"zqhandle","name":"Quentin Zqname","bio":"I write zqbio things"}'),
      (11, 1, '{"handle":"keeper","name":"Keeper Name","bio":"keepbio and friend of @zqhandle"}'),
      (11, 2, '{"handle":"keeper","name":"Keeper Name","bio":"keepbio"}'),
      (12, 2, '{"handle":"other","name":"Other One","bio":"plain"}');
    INSERT INTO follows(follower_id, followee_id) VALUES (10, 11), (12, 10), (12, 11);
    INSERT INTO follow_sources(follower_id, followee_id, source_id) VALUES (10, 11, 1), (12, 10, 2), (12, 11, 2);
    INSERT INTO posts(id, network, external_id, author_id, text, kind, referenced_post) VALUES
      (100, 'x', 'p100', 10, 'zqpost about life', 'post', NULL),
      (101, 'x', 'p101', 11, 'keeppost: lunch with @zqhandle and Quentin Zqname', 'post', NULL),
      (102, 'x', 'p102', 12, 'RT @zqhandle: zqpost about life', 'repost', 'p100'),
      (103, 'x', 'p103', 12, 'a quiet post', 'post', NULL);
    INSERT INTO post_sources(post_id, source_id) VALUES (100, 1), (101, 2), (102, 2), (103, 2);
    INSERT INTO post_mentions(post_id, account_id) VALUES (101, 10);
    INSERT INTO post_links(post_id, url, domain) VALUES (100, 'https://zqpost.example/a', 'zqpost.example');
    INSERT INTO likes(account_id, post_id) VALUES (10, 101), (12, 100), (12, 101);
    INSERT INTO like_sources(account_id, post_id, source_id) VALUES (10, 101, 1), (12, 100, 2), (12, 101, 2);
    INSERT INTO account_categories(account_id, category_id, manual) VALUES (10, 1, 1), (11, 1, 1);
    INSERT INTO category_rules(category_id, field, keyword) VALUES (2, 'handle', 'zqhandle');
    INSERT INTO people(id, source_key, display_name, relationship, created_at, company) VALUES
      (1, 'linkedin.com/in/zqperson', 'Petra Zqperson', 'colleague', '${now}', 'Acme'),
      (2, 'linkedin.com/in/keeper', 'Keeper Name', 'friend', '${now}', NULL);
    INSERT INTO person_sources(person_id, source_id, profile_json) VALUES
      (1, 3, '{"displayName":"Petra Zqperson"}'), (2, 3, '{"displayName":"Keeper Name"}');
    INSERT INTO person_accounts(person_id, account_id, status, decided) VALUES (1, 10, 'confirmed', 1), (2, 11, 'confirmed', 1);
    INSERT INTO link_decisions(person_key, network, external_id, status) VALUES
      ('linkedin.com/in/zqperson', 'x', '9001', 'confirmed'), ('linkedin.com/in/keeper', 'x', '9002', 'confirmed');
    INSERT INTO person_facts(person_key, says, updated_at) VALUES
      ('linkedin.com/in/zqperson', 'zqsays', '${now}'), ('linkedin.com/in/keeper', 'Petra Zqperson introduced us', '${now}');
    INSERT INTO person_merges(id, kept_id, kept_key, other_id, other_key, other_name, before_json, merged_at) VALUES
      (1, 1, 'linkedin.com/in/zqperson', 5, 'mail:zqmerged@example.com', 'Petra Zqmerged',
       '{"other":{"row":{"display_name":"Petra Zqmerged","position":"zqmergedsnap"}}}', '${now}');
    INSERT INTO person_duplicate_rejections(key_a, key_b, decided_at) VALUES ('linkedin.com/in/keeper', 'linkedin.com/in/zqperson', '${now}');
    INSERT INTO prospects(id, account_id, added_at) VALUES (1, 10, '${now}'), (2, 11, '${now}');
    INSERT INTO notes(prospect_id, body, created_at, updated_at) VALUES
      (1, 'zqnote: met at a fair', '${now}', '${now}'),
      (2, 'keepnote. Knows @zqhandle well; Quentin Zqname and Petra Zqperson were there.', '${now}', '${now}');
    INSERT INTO prospect_organisations(network, external_id, organisation, updated_at) VALUES ('x', '9001', 'zqorg', '${now}');
    INSERT INTO saved_searches(name, query, created_at) VALUES ('about them', 'from:zqhandle', '${now}'), ('lunch', 'lunch', '${now}');
    INSERT INTO workspace_meta(key, value) VALUES ('pursuit', '{"business":[],"competitors":{"handles":["@zqhandle","@other"],"keywords":[]}}');
  `);
}

/** Every file of the workspace on disk: the file itself, its WAL, its shared memory, any journal. */
export function workspaceBytes(path: string): Buffer {
  const dir = dirname(path);
  const files = readdirSync(dir).filter((name) => name.startsWith(basename(path)));
  return Buffer.concat(files.map((name) => readFileSync(join(dir, name))));
}

/** The markers found in the bytes, as written or lower-cased (FTS keeps tokens lower-cased). */
export function markersIn(bytes: Buffer, markers: readonly string[]): string[] {
  return markers.filter((m) =>
    [m, m.toLowerCase()].some((form) => bytes.includes(Buffer.from(form, 'utf8'))),
  );
}
