import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bigId, displayName, moment, postText, xHandle } from '../../../test-support/arbitraries';
import { collectRecords } from '../../../test-support/collect';
import { samplePath } from '../../../test-support/samples';
import { useTempDir } from '../../../test-support/temp-dir';
import type { ImportRecord } from '../../records';
import { layout } from '../../../test-support/contact-arbitraries';
import { csvText, type CsvLayout } from '../../../test-support/csv-write';
import { damagedExportProperty, fc, PROPERTY_RUNS } from '../../../test-support/damaged-prefix';
import { writeFile } from '../../../test-support/test-files';
import { twarcCsvFormat } from './index';
import { propertyTimeout } from '../../../test-support/import-check';

const tempDir = useTempDir();

// created_at last: a cut complete-looking last row can only shorten the post's date.
const HEADER = ['id', 'author_id', 'text', 'author.id', 'author.username', 'author.name', 'created_at'];

interface Tweet {
  id: string;
  authorId: string;
  handle: string;
  name: string;
  text: string;
  createdAt: Date;
}

/** Text twarc-csv can write unambiguously: no CR, no literal backslash-n (it writes line breaks so). */
const text = postText.map((p) => p.text).filter((t) => !/\r|\\n/.test(t));
/** Names as profiles hold them: one line, trimmed. */
const name = displayName.filter((n) => !/[\r\n\t]/.test(n) && !/\\n/.test(n));

const tweets = fc
  .uniqueArray(fc.record({ id: bigId, authorId: bigId, handle: xHandle, name, text, createdAt: moment }), {
    minLength: 1,
    maxLength: 10,
    selector: (t) => t.id,
  })
  .filter((list) => new Set(list.map((t) => t.authorId)).size === list.length);

/** The X API escapes &, < and > in post text; twarc-csv writes that text raw, line breaks as a literal "\n". */
function twarcCsv(list: Tweet[], lines: CsvLayout): string {
  const rows = list.map((t) => [
    t.id,
    t.authorId,
    t.text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n/g, '\\n'),
    t.authorId,
    t.handle,
    t.name,
    t.createdAt.toISOString(),
  ]);
  return csvText([HEADER, ...rows], lines);
}

/** What each row promises: its author's profile, then the post. */
function expected(list: Tweet[]): unknown[] {
  return list.flatMap((t) => {
    const author = { network: 'x', id: t.authorId, handle: t.handle };
    return [
      { type: 'account', key: author, name: t.name },
      { type: 'post', network: 'x', id: t.id, author, text: t.text, createdAt: t.createdAt.toISOString() },
    ];
  });
}

/** The fields this test writes, from a record the reader made. */
function written(record: ImportRecord): unknown {
  if (record.type === 'account') return { type: 'account', key: record.key, name: record.name };
  if (record.type === 'post') {
    const { type, network, id, author, text, createdAt } = record;
    return { type, network, id, author, text, createdAt };
  }
  return record;
}

// Property runs read and write real files: a limit for a stuck run, never a speed check.
describe('twarc-csv: properties', { timeout: propertyTimeout }, () => {
  it('random posts written as twarc-csv does read back as the same posts and authors', async () => {
    await fc.assert(
      fc.asyncProperty(tweets, layout, async (list, lines) => {
        const path = writeFile(tempDir(), 'tweets.csv', twarcCsv(list, lines));
        const { records } = await collectRecords(twarcCsvFormat, path);
        expect(records.map(written)).toEqual(expected(list));
      }),
      PROPERTY_RUNS,
    );
  });

  const validFile = fc.oneof(
    fc.constant(readFileSync(samplePath('twarc2', 'small_sample.csv'))),
    fc.tuple(tweets, layout).map(([list, lines]) => Buffer.from(twarcCsv(list, lines))),
  );

  it('a damaged file is read as a prefix of the whole one or refused, naming file and line; a refusal leaves the workspace byte for byte', async () => {
    await damagedExportProperty({
      tempDir,
      validFile,
      open: (bytes) => ({ bytes, format: twarcCsvFormat }),
      lastColumnFree: (record) => {
        if (record.type !== 'post') return record;
        const { createdAt: _, ...rest } = record;
        return rest;
      },
    });
  });
});
