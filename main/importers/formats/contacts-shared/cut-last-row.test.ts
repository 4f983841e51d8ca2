import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../common/errors';
import { createWorkspaceFile } from '../../../db/workspace-file';
import { collectRecords } from '../../../test-support/collect';
import { fingerprint } from '../../../test-support/file-hash';
import { samplePath } from '../../../test-support/samples';
import { useTempDir } from '../../../test-support/temp-dir';
import type { ImportFormat } from '../../format';
import { runImport } from '../../../ingest/pipeline';
import { genericCsvReader } from '../generic-csv/index';
import { googleCsvFormat } from '../google-csv/index';
import { linkedinCsvFormat } from '../linkedin-csv/index';
import { twarcCsvFormat } from '../twarc-csv/index';
import { vcardFormat } from '../vcard/index';
import { formatError, writeFile } from '../../../test-support/test-files';

const tempDir = useTempDir();
const LINKEDIN = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';

async function refusal(format: ImportFormat, name: string, content: string | Buffer) {
  return (await formatError(format, writeFile(tempDir(), name, content))).message;
}

describe('a file cut in its last record is refused, naming the file and the line', () => {
  it('LinkedIn: a row cut in the Company column (the "Giving Kitchen" → "Gi" case)', async () => {
    const text = `${LINKEDIN}\nAnn,Lee,,,Acme,CEO,01 Feb 2023\nLeah,Melnick,https://www.linkedin.com/in/leah,,Gi`;
    expect(await refusal(linkedinCsvFormat, 'Connections.csv', text)).toBe(
      'Connections.csv, line 3: the last row stops after 5 of the header’s 7 columns and the file ends without a newline: it looks cut off. Export it again.',
    );
  });

  it('LinkedIn: a row cut inside the Connected On date, which would still read as a date', async () => {
    const text = `${LINKEDIN}\nAnn,Lee,,,Acme,CEO,01 Feb 2023\nLeah,Melnick,,,Giving Kitchen,Director,29 May 20`;
    expect(await refusal(linkedinCsvFormat, 'Connections.csv', text)).toMatch(
      /^Connections\.csv, line 3: the last row’s Connected On “29 May 20” is shorter than the row before’s and the file ends without a newline: it looks cut off/,
    );
  });

  it('LinkedIn: a spreadsheet-saved date cut to its day ("19-Dec-25" → "19")', async () => {
    const text = `${LINKEDIN}\nAnn,Lee,,,Acme,CEO,19-Dec-25\nBo,Yu,,,Acme,CTO,19`;
    expect(await refusal(linkedinCsvFormat, 'Connections.csv', text)).toMatch(
      /^Connections\.csv, line 3: the last row’s Connected On “19” is shorter than the row before’s/,
    );
  });

  it('LinkedIn: a complete last row without a final newline is fine (LinkedIn writes them so)', async () => {
    const path = writeFile(
      tempDir(),
      'Connections.csv',
      `${LINKEDIN}\nAnn,Lee,,,Acme,CEO,01 Feb 2023\nB,C,,,D,E,2 Mar 2024`,
    );
    const { of } = await collectRecords(linkedinCsvFormat, path);
    expect(of('person').map((p) => p.connectedOn)).toEqual([
      '2023-02-01T00:00:00.000Z',
      '2024-03-02T00:00:00.000Z',
    ]);
  });

  it('Google Contacts: a row with fewer columns than the header at the end of the file', async () => {
    const header = 'First Name,Last Name,Organization Name,Labels,E-mail 1 - Value';
    const text = `${header}\r\nAnn,Lee,Acme,* myContacts,ann@example.com\r\nBo,Yu,Giving Kit`;
    expect(await refusal(googleCsvFormat, 'contacts.csv', text)).toBe(
      'contacts.csv, line 3: the last row stops after 3 of the header’s 5 columns and the file ends without a newline: it looks cut off. Export it again.',
    );
  });

  it('a file ending in the middle of a UTF-8 character', async () => {
    const text = Buffer.concat([
      Buffer.from(`${LINKEDIN}\nAnn,Lee,,,Acme,CEO,01 Feb 2023\nBo,Yu,,,Acme,CEO,Z`),
      Buffer.from([0xc3]),
    ]);
    // The cut date column is what tells here; a cut character anywhere in the last row does too.
    expect(await refusal(linkedinCsvFormat, 'Connections.csv', text)).toMatch(/^Connections\.csv, line 3: /);
    const generic = genericCsvReader({ kind: 'accounts', columns: { id: 'id', name: 'name' } });
    const bytes = Buffer.concat([Buffer.from('id,name\n1,Ann\n2,Zo'), Buffer.from([0xc3])]);
    expect(await refusal(generic, 'export.csv', bytes)).toBe(
      'export.csv, line 3: the last row ends in the middle of a character and the file ends without a newline: it looks cut off. Export it again.',
    );
  });

  it('generic mapped CSV: a short last row', async () => {
    const generic = genericCsvReader({
      kind: 'accounts',
      columns: { id: 'id', handle: 'handle', name: 'name' },
    });
    expect(await refusal(generic, 'export.csv', 'id,handle,name\n1,ann,Ann\n2,bo')).toBe(
      'export.csv, line 3: the last row stops after 2 of the header’s 3 columns and the file ends without a newline: it looks cut off. Export it again.',
    );
  });

  it('twarc-csv: a short last row says the file looks cut off', async () => {
    const header = 'id,text,author_id,author.username,public_metrics.like_count';
    const text = `${header}\n1,hello,10,ann,3\n2,hel`;
    expect(await refusal(twarcCsvFormat, 'tweets.csv', text)).toBe(
      'tweets.csv, line 3: the last row stops after 2 of the header’s 5 columns and the file ends without a newline: it looks cut off. Export it again.',
    );
  });

  it('vCard: a file cut inside the BEGIN:VCARD of its next card', async () => {
    const text = 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Lee\r\nEND:VCARD\r\nBEGIN:VC';
    expect(await refusal(vcardFormat, 'cut.vcf', text)).toBe(
      'cut.vcf, card 2 (line 5): the file ends inside the card’s BEGIN:VCARD, without a newline: it looks cut off. Export it again.',
    );
  });
});

describe('a cut re-export never overwrites what a whole one brought', () => {
  it('importing a cut Connections.csv after the whole one is refused and leaves the workspace byte for byte', async () => {
    const whole = readFileSync(samplePath('contacts', 'linkedin', 'Connections-2024-JasonToups.csv'));
    const at = whole.lastIndexOf('Giving Kitchen') + 'Gi'.length;
    const dir = tempDir();
    const wholePath = writeFile(dir, 'Connections.csv', whole);
    const cutPath = writeFile(dir, 'Connections (1).csv', whole.subarray(0, at));
    const workspace = join(dir, 'w.itrack');
    const db = createWorkspaceFile(workspace, 'test');
    const quiet = { signal: new AbortController().signal, progress: () => {} };
    try {
      await runImport(db, { path: wholePath, relationship: 'colleague' }, quiet);
      db.pragma('wal_checkpoint(TRUNCATE)');
      const before = fingerprint(workspace);
      const error = await runImport(db, { path: cutPath, relationship: 'colleague' }, quiet).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).message).toMatch(
        /^Connections \(1\)\.csv, line \d+: the last row stops after 5 of/,
      );
      db.pragma('wal_checkpoint(TRUNCATE)');
      expect(fingerprint(workspace)).toBe(before);
      expect(db.prepare("SELECT company FROM people WHERE display_name = 'Leah Melnick'").pluck().get()).toBe(
        'Giving Kitchen',
      );
    } finally {
      db.close();
    }
  });
});
