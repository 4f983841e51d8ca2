import type { Db } from './sqlite';
import { AccountsWriteRepo } from './accounts-write-repo';
import { PersonSnapshotsRepo } from './person-snapshots-repo';
import { prepareCommunicationRemoval } from './communications-write-repo';

export interface RemovalCounts {
  accounts: number;
  follows: number;
  posts: number;
  likes: number;
  people: number;
}

/**
 * Removes one import and exactly what only it brought: rows that another import also saw stay,
 * and accounts and people fall back to what the newest remaining imports state. Prospects are kept.
 */
export function removeSource(
  db: Db,
  sourceId: number,
  refresh: (repo: AccountsWriteRepo, id: number) => void,
): RemovalCounts {
  const run = db.transaction((): RemovalCounts => {
    db.exec(`
      DROP TABLE IF EXISTS temp.gone_accounts; DROP TABLE IF EXISTS temp.gone_follows;
      DROP TABLE IF EXISTS temp.gone_posts; DROP TABLE IF EXISTS temp.gone_likes; DROP TABLE IF EXISTS temp.gone_people;`);
    db.prepare(
      'CREATE TEMP TABLE gone_accounts AS SELECT account_id AS id FROM account_sources WHERE source_id = ?',
    ).run(sourceId);
    db.prepare(
      'CREATE TEMP TABLE gone_follows AS SELECT follower_id, followee_id FROM follow_sources WHERE source_id = ?',
    ).run(sourceId);
    db.prepare(
      'CREATE TEMP TABLE gone_posts AS SELECT post_id AS id FROM post_sources WHERE source_id = ?',
    ).run(sourceId);
    db.prepare(
      'CREATE TEMP TABLE gone_likes AS SELECT account_id, post_id FROM like_sources WHERE source_id = ?',
    ).run(sourceId);
    db.prepare(
      'CREATE TEMP TABLE gone_people AS SELECT person_id AS id FROM person_sources WHERE source_id = ?',
    ).run(sourceId);

    // Mail, meetings and LinkedIn activity only this import held.
    const removeCommunications = prepareCommunicationRemoval(db, sourceId);
    db.prepare('DELETE FROM sources WHERE id = ?').run(sourceId);
    removeCommunications();

    const likes = db
      .prepare(
        `DELETE FROM likes WHERE (account_id, post_id) IN (SELECT account_id, post_id FROM temp.gone_likes)
         AND NOT EXISTS (SELECT 1 FROM like_sources s WHERE s.account_id = likes.account_id AND s.post_id = likes.post_id)`,
      )
      .run().changes;
    const follows = db
      .prepare(
        `DELETE FROM follows WHERE (follower_id, followee_id) IN (SELECT follower_id, followee_id FROM temp.gone_follows)
         AND NOT EXISTS (SELECT 1 FROM follow_sources s WHERE s.follower_id = follows.follower_id AND s.followee_id = follows.followee_id)`,
      )
      .run().changes;
    const posts = db
      .prepare(
        `DELETE FROM posts WHERE id IN (SELECT id FROM temp.gone_posts)
         AND NOT EXISTS (SELECT 1 FROM post_sources s WHERE s.post_id = posts.id)`,
      )
      .run().changes;
    const people = db
      .prepare(
        `DELETE FROM people WHERE id IN (SELECT id FROM temp.gone_people)
         AND NOT EXISTS (SELECT 1 FROM person_sources s WHERE s.person_id = people.id)`,
      )
      .run().changes;
    const accounts = db
      .prepare(
        `DELETE FROM accounts WHERE id IN (SELECT id FROM temp.gone_accounts)
         AND NOT EXISTS (SELECT 1 FROM account_sources s WHERE s.account_id = accounts.id)
         AND NOT EXISTS (SELECT 1 FROM prospects p WHERE p.account_id = accounts.id)`,
      )
      .run().changes;

    const repo = new AccountsWriteRepo(db);
    const remaining = db
      .prepare<[], number>('SELECT id FROM temp.gone_accounts WHERE id IN (SELECT id FROM accounts)')
      .pluck()
      .all();
    for (const id of remaining) refresh(repo, id);
    const snapshots = new PersonSnapshotsRepo(db);
    const keptPeople = db
      .prepare<[], number>('SELECT id FROM temp.gone_people WHERE id IN (SELECT id FROM people)')
      .pluck()
      .all();
    for (const id of keptPeople) snapshots.refresh(id);
    db.exec(
      'DROP TABLE temp.gone_accounts; DROP TABLE temp.gone_follows; DROP TABLE temp.gone_posts; DROP TABLE temp.gone_likes; DROP TABLE temp.gone_people;',
    );
    return { accounts, follows, posts, likes, people };
  });
  return run.immediate();
}
