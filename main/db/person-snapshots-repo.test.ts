import { describe, expect, it } from 'vitest';
import { addImport, memoryWorkspace } from '../test-support/memory-workspace';
import { PersonSnapshotsRepo } from './person-snapshots-repo';
import { RecordsWriteRepo } from './records-write-repo';

describe('PersonSnapshotsRepo', () => {
  it("sets a person's fields from the newest import that states each, after one is removed", () => {
    const db = memoryWorkspace();
    const [older, newer] = [addImport(db, 'contacts.csv'), addImport(db, 'Connections.csv')];
    const { id } = new RecordsWriteRepo(db).savePerson({
      sourceKey: 'k',
      displayName: 'Grace H.',
      company: 'Navy',
      position: 'Admiral',
      email: null,
      relationship: 'customer',
      connectedOn: null,
      createdAt: '2026-01-01T00:00:00.000Z',
    });
    const snapshots = new PersonSnapshotsRepo(db);
    snapshots.put(id, older, { displayName: 'Grace', company: 'Navy', relationship: 'friend' });
    snapshots.put(id, newer, { displayName: 'Grace H.', position: 'Admiral', relationship: 'customer' });
    // A file that names the person twice: its statements merge.
    snapshots.put(id, newer, {
      displayName: 'Grace H.',
      email: 'grace@example.com',
      relationship: 'customer',
    });

    expect(snapshots.statements(id)).toEqual([
      { displayName: 'Grace H.', position: 'Admiral', email: 'grace@example.com', relationship: 'customer' },
      { displayName: 'Grace', company: 'Navy', relationship: 'friend' },
    ]);
    db.prepare('DELETE FROM sources WHERE id = ?').run(newer);
    snapshots.refresh(id);
    expect(
      db
        .prepare(
          'SELECT display_name AS name, company, position, email, relationship FROM people WHERE id = ?',
        )
        .get(id),
    ).toEqual({ name: 'Grace', company: 'Navy', position: null, email: null, relationship: 'friend' });
  });
});
