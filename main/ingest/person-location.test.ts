import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PeopleRepo } from '../db/people-repo';
import { removeSource } from '../db/removal-repo';
import type { Db } from '../db/sqlite';
import { memoryWorkspace } from '../test-support/memory-workspace';
import { samplePath } from '../test-support/samples';
import { useTempDir } from '../test-support/temp-dir';
import { runImport } from './pipeline';
import { refreshProfile } from './writer';

const tempDir = useTempDir();

async function importFile(db: Db, path: string) {
  return runImport(db, { path }, { signal: new AbortController().signal, progress: () => {} });
}

async function importText(db: Db, name: string, text: string) {
  const path = join(tempDir(), name);
  writeFileSync(path, text);
  return importFile(db, path);
}

type Place = { name: string; location: string | null; profileUrl: string | null };
function people(db: Db): Place[] {
  return db
    .prepare<[], Place>(
      'SELECT display_name AS name, location, profile_url AS profileUrl FROM people ORDER BY id',
    )
    .all();
}
const personNamed = (db: Db, name: string) => people(db).find((p) => p.name === name);

const card = (name: string, adr: string) =>
  `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:${name}\r\nADR;TYPE=HOME:${adr}\r\nEND:VCARD\r\n`;

describe('where a contact lives, from the exports that say it', () => {
  it('a vCard address gives its city, region and country (the real iPhone sample)', async () => {
    const db = memoryWorkspace();
    await importFile(db, samplePath('contacts', 'vcard', 'ezvcard-John_Doe_IPHONE.vcf'));
    expect(people(db)[0]!.location).toBe('New York, United States of America');
  });

  it('the preferred address wins; one without a city, region or country says nothing', async () => {
    const db = memoryWorkspace();
    const cards =
      'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada Lovelace\r\nADR;TYPE=WORK:;;1 Strand;London;;WC2;UK\r\n' +
      'ADR;TYPE=HOME,PREF:;;2 Calle Larios;Málaga;Andalucía;29005;Spain\r\nEND:VCARD\r\n' +
      card('Grace Hopper', ';Building 6\\nFloor 8;;;;;');
    await importText(db, 'contacts.vcf', cards);
    expect(personNamed(db, 'Ada Lovelace')!.location).toBe('Málaga, Andalucía, Spain');
    expect(personNamed(db, 'Grace Hopper')!.location).toBeNull();
  });

  it('a Google contact’s address columns give its city and country', async () => {
    const db = memoryWorkspace();
    const header =
      'First Name,Last Name,Labels,E-mail 1 - Label,E-mail 1 - Value,Address 1 - Label,' +
      'Address 1 - Formatted,Address 1 - Street,Address 1 - City,Address 1 - PO Box,Address 1 - Region,' +
      'Address 1 - Postal Code,Address 1 - Country,Address 1 - Extended Address';
    await importText(
      db,
      'contacts.csv',
      `${header}\nAda,Lovelace,* myContacts,* Work,ada@example.com,Home,"1 Strand, London",1 Strand,London,,,WC2,United Kingdom,\n` +
        `Grace,Hopper,* myContacts,,grace@example.com,,,,,,,,,\n`,
    );
    expect(people(db).map((p) => p.location)).toEqual(['London, United Kingdom', null]);
  });

  it('an X archive owner’s profile location (the real samples), but not a link written there', async () => {
    const db = memoryWorkspace();
    await importFile(db, samplePath('x-archive', 'honestmvp-2020'));
    expect(people(db)[0]!.location).toBe('Seattle, WA');
    const other = memoryWorkspace();
    await importFile(other, samplePath('x-archive', 'ezilryb-2026'));
    expect(people(other)[0]!.location).toBeNull();
  });

  it('removing the import that moved a contact brings back where the earlier one said', async () => {
    const db = memoryWorkspace();
    await importText(db, 'a.vcf', card('Ada Lovelace', ';;;Madrid;;;Spain'));
    const moved = await importText(db, 'b.vcf', card('Ada Lovelace', ';;;Paris;;;France'));
    expect(people(db)[0]!.location).toBe('Paris, France');
    removeSource(db, moved.sourceId!, refreshProfile);
    expect(people(db)[0]!.location).toBe('Madrid, Spain');
  });
});

describe('a LinkedIn connection keeps its profile URL when it has an e-mail', () => {
  it('in the real 2024 export, every connection with a URL keeps it, e-mail or not', async () => {
    const db = memoryWorkspace();
    await importFile(db, samplePath('contacts', 'linkedin', 'Connections-2024-JasonToups.csv'));
    const all = people(db);
    expect(all.filter((p) => p.profileUrl === null)).toEqual([]);
    expect(personNamed(db, 'Charanjeet S')!.profileUrl).toBe('linkedin.com/in/charanjeet-s-12a96a182');
  });

  it('a bio stating the page of a contact keyed by e-mail is a near-certain suggestion', async () => {
    const db = memoryWorkspace();
    await importText(
      db,
      'Connections.csv',
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n' +
        'Ada,Lovelace,https://www.linkedin.com/in/ada-lovelace-42,ada@example.com,,,01 Feb 2023\n',
    );
    db.exec(`INSERT INTO accounts(network, external_id, handle, name, bio)
             VALUES ('x', '1', 'countess', 'A. L.', 'Engines. linkedin.com/in/ada-lovelace-42')`);
    new PeopleRepo(db).suggestLinks();
    const [link] = new PeopleRepo(db).links('suggested');
    expect(link).toMatchObject({ handle: 'countess' });
    expect(link!.evidence).toContain('linkedin.com/in/ada-lovelace-42');
  });
});

describe('location in matching', () => {
  async function suggestionFor(location: string) {
    const db = memoryWorkspace();
    await importText(db, 'contacts.vcf', card('José Álvarez', ';;;Málaga;;;Spain'));
    db.prepare(
      `INSERT INTO accounts(network, external_id, handle, name, bio, location)
       VALUES ('x', '1', 'jalvarez', 'Jose Alvarez', 'Logistics', ?)`,
    ).run(location);
    new PeopleRepo(db).suggestLinks();
    return new PeopleRepo(db).links('suggested')[0];
  }

  it('the same city, after folding accents, counts for the match; another city against it', async () => {
    const here = await suggestionFor('Malaga, Spain');
    expect(here?.evidence).toContain('both in Malaga, Spain');
    const elsewhere = await suggestionFor('Buenos Aires, Argentina');
    expect(elsewhere?.confidence ?? 0).toBeLessThan(here!.confidence);
  });
});
