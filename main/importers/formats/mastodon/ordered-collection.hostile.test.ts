import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ImportFormatError } from '../../errors';
import { streamOrderedCollection } from './ordered-collection';

function chunked(text: string, size = 1 << 14): Readable {
  const bytes = Buffer.from(text, 'utf8');
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
  return Readable.from(chunks);
}

const note = (content: string) => JSON.stringify({ type: 'Create', object: { type: 'Note', content } });

async function read(text: string, maxStringChars: number) {
  const hooks = { signal: new AbortController().signal, maxStringChars };
  const items: unknown[] = [];
  for await (const event of streamOrderedCollection(chunked(text), 'archive.tar.gz/outbox.json', hooks)) {
    if (event.kind === 'item') items.push(event.value);
  }
  return items;
}

describe('Mastodon outbox with an oversized value', () => {
  const outbox = (items: string[]) =>
    `{"type":"OrderedCollection","totalItems":${items.length},"orderedItems":[${items.join(',')}]}`;

  it('refuses a content string over the cap, naming the file, the record and the key', async () => {
    const text = outbox([note('short'), note('y'.repeat(100_000))]);
    const error = await read(text, 50_000).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ImportFormatError);
    expect((error as ImportFormatError).code).toBe('IMPORT_TOO_LARGE');
    expect((error as Error).message).toMatch(
      /archive\.tar\.gz\/outbox\.json, record 2: .*content.*longer than/,
    );
    expect(await read(text, 200_000)).toHaveLength(2);
  });
});
