import { CommunicationsWriteRepo } from '../db/communications-write-repo';
import type { Db } from '../db/sqlite';
import { addImport } from './memory-workspace';

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString();

const personId = (db: Db, key: string) =>
  db.prepare<[string], number>('SELECT id FROM people WHERE source_key = ?').pluck().get(key)!;

/**
 * The user's mail as the mail import writes it (tests only): with `frequent`, twenty weeks of
 * mail both ways, first met through Zoe Hub, who copied them in 2021; with `stale`, ten
 * messages the user sent in 2019 and never had answered. People are named by their source key.
 */
export function seedTiesMail(db: Db, { frequent, stale }: { frequent: string; stale: string }): void {
  const mail = new CommunicationsWriteRepo(db);
  const source = addImport(db, 'All mail.mbox');
  db.prepare(
    "INSERT OR IGNORE INTO own_addresses(channel, address, added_at) VALUES ('email', 'me@mine.com', '2026-01-01')",
  ).run();
  const who = (address: string, name: string, person?: number) => {
    const id = mail.correspondent({ channel: 'email', address, name }).id;
    if (person) db.prepare('UPDATE correspondents SET person_id = ? WHERE id = ?').run(person, id);
    return id;
  };
  const self = who('me@mine.com', 'Me');
  const close = who(`${frequent.replace(/@.*/, '')}@client.com`, 'Close', personId(db, frequent));
  const far = who(`${stale.replace(/@.*/, '')}@old.com`, 'Far', personId(db, stale));
  const zoe = who('zoe@hub.com', 'Zoe Hub');
  let n = 0;
  const send = (from: number, to: number, sentAt: string, cc: number[] = [], reply = false) => {
    n += 1;
    const { id } = mail.saveMessage(
      {
        channel: 'email',
        messageKey: `m${n}@test`,
        sentAt,
        fromId: from,
        direction: from === self ? 'sent' : 'received',
        inReplyTo: reply ? `m${n - 1}@test` : null,
        referencesCount: reply ? 1 : 0,
        threadKey: null,
        subject: null,
        automated: false,
      },
      source,
    );
    mail.addRecipient(id, to, 'to');
    for (const c of cc) mail.addRecipient(id, c, 'cc');
  };
  send(zoe, self, '2021-03-02T09:00:00.000Z', [close]);
  for (let week = 20; week >= 1; week -= 1) {
    send(self, close, daysAgo(week * 7 + 1), [], week < 20);
    send(close, self, daysAgo(week * 7), [], true);
  }
  for (let i = 0; i < 10; i += 1) send(self, far, `2019-0${1 + (i % 9)}-10T10:00:00.000Z`);
}
