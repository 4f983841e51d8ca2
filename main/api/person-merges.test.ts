import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createClient } from '../../common/client';
import { createMemoryTransport } from '../host/memory-transport';
import { samplePath } from '../test-support/samples';
import { useTempDir } from '../test-support/temp-dir';
import { createCore } from './core';

const tempDir = useTempDir();

/** The same John Doe as Gmail and Outlook export him (real files; Outlook's e-mail has a typo, ibm.cm). */
async function workspaceWithTwoJohnDoes() {
  const core = createCore({ host: 'memory', dataDir: tempDir(), workspacesDir: tempDir() });
  const api = createClient(createMemoryTransport(core));
  await api.workspace.create({ path: join(tempDir(), 'people.itrack') });
  await api.import.run({
    path: samplePath('contacts', 'vcard', 'ezvcard-John_Doe_GMAIL.vcf'),
    relationship: 'customer',
  });
  await api.import.run({
    path: samplePath('contacts', 'vcard', 'ezvcard-John_Doe_MS_OUTLOOK.vcf'),
    relationship: 'colleague',
  });
  return { api, core };
}

describe('duplicates of one person across sources', () => {
  it('offers the two John Does for merging, side by side with their sources, and merges them undoably', async () => {
    const { api } = await workspaceWithTwoJohnDoes();
    const groups = await api.people.duplicates();
    expect(groups).toHaveLength(1);
    const [group] = groups;
    expect(group!.evidence.map((e) => e.kind)).toEqual(['name-company']);
    expect(group!.people.map((p) => p.sources.map((s) => s.fileName))).toEqual([
      ['ezvcard-John_Doe_GMAIL.vcf'],
      ['ezvcard-John_Doe_MS_OUTLOOK.vcf'],
    ]);
    const [gmail, outlook] = group!.people;
    expect((await api.people.list({})).total).toBe(2);

    const merge = await api.people.merge({ keepId: gmail!.id, otherId: outlook!.id });
    expect(merge).toMatchObject({ keptId: gmail!.id, otherId: outlook!.id, otherName: outlook!.displayName });
    expect((await api.people.list({})).total).toBe(1);
    expect(await api.people.duplicates()).toEqual([]);
    const kept = await api.people.get({ id: gmail!.id });
    expect(kept.sources.map((s) => s.fileName)).toEqual([
      'ezvcard-John_Doe_GMAIL.vcf',
      'ezvcard-John_Doe_MS_OUTLOOK.vcf',
    ]);
    expect(await api.people.merges({ personId: gmail!.id })).toEqual([merge]);

    await api.people.unmerge({ mergeId: merge.id });
    expect((await api.people.list({})).total).toBe(2);
    expect(await api.people.get({ id: outlook!.id })).toMatchObject({ displayName: outlook!.displayName });
    expect(await api.people.merges({})).toEqual([]);
  });

  it('"not the same person" is remembered: the pair is not offered again, even after importing again', async () => {
    const { api } = await workspaceWithTwoJohnDoes();
    const [group] = await api.people.duplicates();
    const [a, b] = group!.people;
    await api.people.rejectDuplicate({ personId: a!.id, otherId: b!.id });
    expect(await api.people.duplicates()).toEqual([]);
    const imports = await api.import.list();
    const gmail = imports.find((source) => source.fileName === 'ezvcard-John_Doe_GMAIL.vcf')!;
    await api.import.remove({ sourceId: gmail.id });
    await api.import.run({
      path: samplePath('contacts', 'vcard', 'ezvcard-John_Doe_GMAIL.vcf'),
      relationship: 'customer',
    });
    expect(await api.people.duplicates()).toEqual([]);
  });

  it('merging announces what changed, so the lists refresh', async () => {
    const { api, core } = await workspaceWithTwoJohnDoes();
    const changed: string[][] = [];
    core.events.subscribe((event, payload) => {
      if (event === 'workspace.revised' && 'changed' in payload) changed.push([...payload.changed]);
    });
    const [group] = await api.people.duplicates();
    await api.people.merge({ keepId: group!.people[0]!.id, otherId: group!.people[1]!.id });
    expect(changed).toEqual([['records', 'people', 'links']]);
  });

  it('a person cannot be merged with themselves, nor with someone not there', async () => {
    const { api } = await workspaceWithTwoJohnDoes();
    const [group] = await api.people.duplicates();
    const id = group!.people[0]!.id;
    await expect(api.people.merge({ keepId: id, otherId: id })).rejects.toThrow(
      'A person cannot be merged with themselves.',
    );
    await expect(api.people.merge({ keepId: id, otherId: 999 })).rejects.toThrow('There is no person #999.');
  });
});
