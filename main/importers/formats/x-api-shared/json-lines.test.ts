import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test-support/temp-dir';
import { ImportFormatError } from '../../errors';
import { readInput } from '../../../test-support/read-input';
import type { ImportRecord } from '../../records';
import { readJsonLines } from './json-lines';

const tempDir = useTempDir();

/** Reads one JSON Lines file, each value as a warning that shows what the reader was handed. */
async function read(content: string): Promise<ImportRecord[]> {
  const path = join(tempDir(), 'capture.jsonl');
  writeFileSync(path, content);
  return readInput(path, (input) => {
    const reading = {
      input,
      entry: input.entries[0]!,
      signal: new AbortController().signal,
      onBytes: () => {},
    };
    return readJsonLines(reading, 'capture', function* (value, where) {
      yield { type: 'warning', message: JSON.stringify(value), where };
    });
  });
}

describe('readJsonLines: the line loop of the JSON Lines readers', () => {
  it('hands over each non-blank line parsed, with its line number, long ids kept whole', async () => {
    const records = await read('{"id": 1600781458184212480}\r\n\n{"a": "b"}\n');
    expect(records).toEqual([
      { type: 'warning', message: '{"id":"1600781458184212480"}', where: 'line 1' },
      { type: 'warning', message: '{"a":"b"}', where: 'line 3' },
    ]);
  });

  it('leaves out a cut-off last line with a warning naming the file and line', async () => {
    const records = await read('{"a": 1}\n{"a": 2}\n{"a": 3, "b"');
    expect(records[2]).toEqual({
      type: 'warning',
      message:
        'The last line was cut off (the capture was probably stopped mid-write) and was left out; the 2 lines before it were imported.',
      where: 'capture.jsonl, line 3',
    });
    expect(records).toHaveLength(3);
  });

  it('refuses a bad line that is not the last, naming the file and line', async () => {
    const error = await read('{"a": 1}\n{"a": \n{"a": 3}\n').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportFormatError);
    expect((error as Error).message).toMatch(/^capture\.jsonl, line 2: is not valid JSON \(/);
  });

  it('refuses a file whose only record is cut off: nothing in it could be imported', async () => {
    const error = await read('\n{"data": [{"id": "1", "username": "a"').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportFormatError);
    expect((error as Error).message).toMatch(
      /^capture\.jsonl, line 2: the file ends in the middle of its first record/,
    );
  });
});
