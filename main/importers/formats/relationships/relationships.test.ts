import { describe, expect, it } from 'vitest';
import { collectRecords } from '../../../test-support/collect';
import { useTempDir } from '../../../test-support/temp-dir';
import { binaryGarbage, detectAt, formatError, writeFile } from '../../../test-support/test-files';
import { relationshipsFormat } from '.';

const dir = useTempDir();

const bobsFile = {
  format: 'inside-track-relationships',
  version: 1,
  exportedAt: '2026-12-01T10:00:00.000Z',
  exportedBy: { name: 'Bob Stone', emails: ['Bob@Acme.com'], handles: [], profileUrls: [] },
  people: [
    {
      name: 'Dana Lee',
      emails: ['dana@client.com'],
      handles: [{ network: 'x', handle: '@DanaLee' }],
      profileUrls: ['https://www.linkedin.com/in/dana-lee/'],
      tie: 82,
      tieAsOf: '2026-12-01',
    },
    { name: 'Ray Ng', handles: [{ network: 'bluesky', handle: 'ray.bsky.social' }], tie: 40 },
  ],
};

const write = (content: unknown, name = 'bob.itrel.json') =>
  writeFile(
    dir(),
    name,
    typeof content === 'string' || Buffer.isBuffer(content) ? content : JSON.stringify(content, null, 2),
  );

describe('a colleague’s relationship file', () => {
  it('is detected by its content, whatever its name, and says whose it is', async () => {
    const detection = await detectAt(relationshipsFormat, write(bobsFile, 'export.txt'));
    expect(detection).toMatchObject({ format: 'relationships', label: 'Bob Stone’s relationships' });
    expect(detection!.summary).toBe('2 people Bob Stone knows, with how well (exported 2026-12-01).');
    expect(await detectAt(relationshipsFormat, write({ format: 'something-else', people: [] }))).toBeNull();
    expect(await detectAt(relationshipsFormat, write(binaryGarbage()))).toBeNull();
  });

  it('yields whose network it is, then each person with their lookup keys and tie', async () => {
    const { records } = await collectRecords(relationshipsFormat, write(bobsFile));
    expect(records).toEqual([
      {
        type: 'colleague-network',
        colleagueName: 'Bob Stone',
        colleagueKeys: ['e:bob@acme.com'],
        exportedAt: '2026-12-01T10:00:00.000Z',
      },
      {
        type: 'colleague-tie',
        index: 0,
        name: 'Dana Lee',
        keys: ['e:dana@client.com', 'x:danalee', 'li:dana-lee'],
        score: 82,
        asOf: '2026-12-01',
      },
      { type: 'colleague-tie', index: 1, name: 'Ray Ng', keys: ['bluesky:ray.bsky.social'], score: 40 },
    ]);
  });

  it('refuses a bad person with a message naming the file and the person', async () => {
    const bad = { ...bobsFile, people: [bobsFile.people[0], { name: 'Zed', tie: 140 }] };
    const error = await formatError(relationshipsFormat, write(bad));
    expect(error.message).toBe('bob.itrel.json, person 2 (Zed): tie must be 0 to 100');
    const noName = { ...bobsFile, people: [{ emails: ['x@y.com'], tie: 3 }] };
    expect((await formatError(relationshipsFormat, write(noName))).message).toMatch(
      /^bob\.itrel\.json, person 1: name /,
    );
  });

  it('refuses a file cut short, one in another version, and invalid UTF-8', async () => {
    const text = JSON.stringify(bobsFile, null, 2);
    expect((await formatError(relationshipsFormat, write(text.slice(0, text.length - 40)))).message).toMatch(
      /^bob\.itrel\.json: not complete JSON/,
    );
    expect((await formatError(relationshipsFormat, write({ ...bobsFile, version: 2 }))).message).toMatch(
      /^bob\.itrel\.json, version: /,
    );
    const bytes = Buffer.from(text.replace('Ray Ng', 'Ray N\u00e9'), 'utf8');
    const at = bytes.indexOf(Buffer.from('N\u00e9', 'utf8')) + 1;
    bytes[at] = 0xff;
    expect((await formatError(relationshipsFormat, write(bytes))).message).toMatch(
      /^bob\.itrel\.json: not valid UTF-8/,
    );
  });
});
