import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createClient } from '../../common/client';
import { createMemoryTransport } from '../host/memory-transport';
import { useTempDir } from '../test-support/temp-dir';
import { createCore } from './core';

const tempDir = useTempDir();
const CONNECTIONS = `First Name,Last Name,URL,Email Address,Company,Position,Connected On
Ada,Lovelace,https://www.linkedin.com/in/ada-lovelace,ada@kitchen.example,Giving Kitchen,Chef,12 Mar 2021
Grace,Hopper,https://www.linkedin.com/in/grace-hopper,,Navy,Rear Admiral,01 Jan 2020
José,Álvarez,https://www.linkedin.com/in/jose,,Acme Logistics,Operations Director,05 May 2019
`;

async function workspaceWithConnections() {
  const core = createCore({ host: 'memory', dataDir: tempDir(), workspacesDir: tempDir() });
  const api = createClient(createMemoryTransport(core));
  const dir = tempDir();
  await api.workspace.create({ path: join(dir, 'people.itrack') });
  const path = join(dir, 'Connections.csv');
  writeFileSync(path, CONNECTIONS);
  await api.import.run({ path, relationship: 'colleague' });
  return api;
}

describe('people: the user contacts as a list they can search and edit', () => {
  it('lists contacts by name, with the total, and pages', async () => {
    const api = await workspaceWithConnections();
    const all = await api.people.list({});
    expect(all.total).toBe(3);
    expect(all.rows.map((row) => row.displayName)).toEqual(['Ada Lovelace', 'Grace Hopper', 'José Álvarez']);
    const second = await api.people.list({ offset: 1, limit: 1 });
    expect(second).toMatchObject({ total: 3, rows: [{ displayName: 'Grace Hopper' }] });
  });

  it('searches name, company, position and e-mail, every word', async () => {
    const api = await workspaceWithConnections();
    const names = async (search: string) =>
      (await api.people.list({ search })).rows.map((r) => r.displayName);
    expect(await names('kitchen')).toEqual(['Ada Lovelace']);
    expect(await names('operations')).toEqual(['José Álvarez']);
    expect(await names('ada@kitchen')).toEqual(['Ada Lovelace']);
    expect(await names('grace navy')).toEqual(['Grace Hopper']);
    expect(await names('grace kitchen')).toEqual([]);
    expect(await names('100%_')).toEqual([]);
    // Accents and case fold away, as the matcher folds names.
    expect(await names('jose alvarez')).toEqual(['José Álvarez']);
    expect(await names('ÁLVAREZ')).toEqual(['José Álvarez']);
  });

  it('filters by relationship, and an edit moves the contact between filters', async () => {
    const api = await workspaceWithConnections();
    expect((await api.people.list({ relationship: 'customer' })).total).toBe(0);
    const ada = (await api.people.list({ search: 'ada' })).rows[0]!;
    await api.people.update({ id: ada.id, relationship: 'customer' });
    expect((await api.people.list({ relationship: 'customer' })).rows.map((r) => r.id)).toEqual([ada.id]);
    expect((await api.people.list({ relationship: 'colleague' })).total).toBe(2);
  });

  it('shows one contact with the import that names them and customer since from Connected On', async () => {
    const api = await workspaceWithConnections();
    const ada = (await api.people.list({ search: 'ada' })).rows[0]!;
    const person = await api.people.get({ id: ada.id });
    expect(person).toMatchObject({
      displayName: 'Ada Lovelace',
      email: 'ada@kitchen.example',
      connectedOn: '2021-03-12',
      // Keyed by the e-mail, the connection still keeps its LinkedIn page; LinkedIn states no place.
      profileUrl: expect.stringContaining('linkedin.com/in/ada-lovelace'),
      location: null,
      facts: { customerSince: '2021-03-12', did: null, says: null },
      sources: [{ fileName: 'Connections.csv', format: 'linkedin-csv' }],
      links: [],
    });
  });

  it('keeps the facts the user writes and announces the change', async () => {
    const api = await workspaceWithConnections();
    const changed: string[][] = [];
    api.on('workspace.revised', (event) => changed.push([...event.changed]));
    const ada = (await api.people.list({ search: 'ada' })).rows[0]!;
    const updated = await api.people.update({
      id: ada.id,
      customerSince: '2022-06-01',
      says: 'Quick and honest.',
    });
    expect(updated.facts).toEqual({ customerSince: '2022-06-01', did: null, says: 'Quick and honest.' });
    expect((await api.people.get({ id: ada.id })).facts.says).toBe('Quick and honest.');
    await new Promise((resolve) => setImmediate(resolve));
    expect(changed).toContainEqual(['people', 'links']);
  });

  it('refuses a date that is not a day, and a person that does not exist', async () => {
    const api = await workspaceWithConnections();
    const ada = (await api.people.list({ search: 'ada' })).rows[0]!;
    await expect(api.people.update({ id: ada.id, customerSince: '12/03/2021' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('YYYY-MM-DD'),
    });
    await expect(api.people.update({ id: ada.id, customerSince: '2021-02-30' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    await expect(api.people.get({ id: 9999 })).rejects.toMatchObject({
      message: 'There is no person #9999.',
    });
    await expect(api.people.update({ id: 9999, did: 'x' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});
