import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../common/errors';
import { createWorkspaceFile } from '../db/workspace-file';
import { tableCounts } from '../db/workspace-repo';
import { samplePath } from '../test-support/samples';
import { useTempDir } from '../test-support/temp-dir';
import { runImport } from '../ingest/pipeline';

const tempDir = useTempDir();
const quiet = { signal: new AbortController().signal, progress: () => {} };

/** Real samples, damaged the way real files get damaged; each must be refused whole. */
const damaged: { name: string; make(dir: string): string; message: RegExp }[] = [
  {
    name: 'an X archive whose tweet.js was cut off mid-record',
    make(dir) {
      const folder = join(dir, 'archive');
      cpSync(samplePath('x-archive', 'denchi-2020'), folder, { recursive: true });
      const tweets = readFileSync(join(folder, 'tweet.js'));
      writeFileSync(join(folder, 'tweet.js'), tweets.subarray(0, Math.floor(tweets.length / 2)));
      return folder;
    },
    message: /tweet\.js.*record \d+/,
  },
  {
    name: 'a twarc2 file with a broken line in the middle',
    make(dir) {
      const lines = readFileSync(samplePath('twarc2', 'flat.jsonl'), 'utf8').split('\n');
      lines.splice(5, 0, '{"data": {"id": "1", "text": broken');
      const file = join(dir, 'flat.jsonl');
      writeFileSync(file, lines.join('\n'));
      return file;
    },
    message: /flat\.jsonl.*line 6/,
  },
  {
    name: 'a Mastodon outbox cut off',
    make(dir) {
      const file = join(dir, 'outbox.json');
      const outbox = readFileSync(samplePath('mastodon', 'goija-2026', 'outbox.json'));
      writeFileSync(file, outbox.subarray(0, 300_000));
      return file;
    },
    message: /outbox\.json/,
  },
  {
    name: 'a Bluesky CAR cut off',
    make(dir) {
      const file = join(dir, 'repo.car');
      const car = readFileSync(samplePath('bluesky', 'fakermaker.repo.car'));
      writeFileSync(file, car.subarray(0, Math.floor(car.length * 0.6)));
      return file;
    },
    message: /repo\.car/,
  },
  {
    name: 'a vCard without END',
    make(dir) {
      const file = join(dir, 'contacts.vcf');
      writeFileSync(file, 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dana Lee\r\nEMAIL:dana@example.com\r\n');
      return file;
    },
    message: /contacts\.vcf.*card 1/,
  },
];

describe('damaged files are refused whole', () => {
  for (const { name, make, message } of damaged) {
    it(`${name}: a message naming the file and record, and the workspace is unchanged`, async () => {
      const db = createWorkspaceFile(join(tempDir(), 'w.itrack'), 'test');
      await runImport(db, { path: samplePath('x-archive', 'ezilryb-2026') }, quiet);
      const before = tableCounts(db);
      const error = await runImport(db, { path: make(tempDir()), relationship: 'colleague' }, quiet).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('IMPORT_FORMAT');
      expect((error as AppError).message).toMatch(message);
      expect(tableCounts(db)).toEqual(before);
      db.close();
    });
  }
});
