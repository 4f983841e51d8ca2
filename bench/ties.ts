// The communication tie at the start of every path (issue 16): how long `pathStartTies` takes to
// read every person's messages and meetings and score them, the work paths.find adds per search.
// npx tsx bench/ties.ts [--people 2000] [--messages 200000] [--json]
import Database from 'better-sqlite3';
import { parseArgs } from 'node:util';
import { CommunicationsWriteRepo } from '../main/db/communications-write-repo';
import { migrate } from '../main/db/migrate';
import { SourcesRepo } from '../main/db/sources-repo';
import type { OpenWorkspace } from '../main/workspace/open-workspace';
import { pathStartTies } from '../main/workspace/relationships-ties';
import { seeded } from './random';
import { medianMs, printFigures } from './small-bench';

const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '2000' },
    messages: { type: 'string', default: '200000' },
    json: { type: 'boolean', default: false },
  },
});
const peopleCount = Number(values.people);
const messageCount = Number(values.messages);

const db = new Database(':memory:');
db.pragma('foreign_keys = ON');
migrate(db);
const random = seeded(16);
const source = new SourcesRepo(db).insert(
  {
    fileName: 'All mail.mbox',
    origin: '/tmp/All mail.mbox',
    sha256: 'bench',
    format: 'mbox',
    optionsJson: '{}',
  },
  '2026-12-01T00:00:00.000Z',
);
const mail = new CommunicationsWriteRepo(db);
const relationships = new Map<number, 'customer'>();
db.transaction(() => {
  const me = mail.correspondent({ channel: 'email', address: 'me@mine.com' }).id;
  const correspondents: number[] = [];
  const addPerson = db.prepare(
    "INSERT INTO people(source_key, display_name, relationship, created_at) VALUES (?, ?, 'customer', '2026-01-01')",
  );
  for (let i = 0; i < peopleCount; i += 1) {
    const person = Number(addPerson.run(`p${i}@client.com`, `Person ${i}`).lastInsertRowid);
    relationships.set(person, 'customer');
    const id = mail.correspondent({ channel: 'email', address: `p${i}@client.com` }).id;
    db.prepare('UPDATE correspondents SET person_id = ? WHERE id = ?').run(person, id);
    correspondents.push(id);
  }
  const now = Date.parse('2026-12-01T00:00:00Z');
  for (let i = 0; i < messageCount; i += 1) {
    // A few people get most of the mail, as in a real mailbox.
    const other = correspondents[Math.floor(random() ** 3 * correspondents.length)]!;
    const sent = random() < 0.5;
    const { id } = mail.saveMessage(
      {
        channel: 'email',
        messageKey: `m${i}@bench`,
        sentAt: new Date(now - Math.floor(random() * 5 * 365) * 86_400_000).toISOString(),
        fromId: sent ? me : other,
        direction: sent ? 'sent' : 'received',
        inReplyTo: random() < 0.4 ? `m${i - 1}@bench` : null,
        referencesCount: 0,
        threadKey: null,
        subject: null,
        automated: false,
      },
      source,
    );
    mail.addRecipient(id, sent ? other : me, 'to');
  }
})();

// What pathStartTies reads of the open workspace; the revision moves for each run so none is cached.
const revision = { value: 0 };
const workspace = { db, revision } as unknown as OpenWorkspace;
const cpuBefore = process.cpuUsage();
const ms = medianMs(() => {
  revision.value += 1;
  pathStartTies(workspace, relationships);
}, 5);
const cpu = process.cpuUsage(cpuBefore);
const cachedMs = medianMs(() => pathStartTies(workspace, relationships), 5);
printFigures(
  {
    people: peopleCount,
    messages: messageCount,
    withTie: pathStartTies(workspace, relationships).size,
    coldMs: ms,
    coldCpuPerRunMs: (cpu.user + cpu.system) / 1000 / 5,
    cachedMs,
  },
  values.json,
  16,
  1,
);
