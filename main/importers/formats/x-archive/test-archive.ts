import { createWriteStream, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { ZipFile } from 'yazl';

/** Test helpers: handcrafted archive files, written the way X writes them. */

export const OWNER_ID = '9007199254740993'; // 2^53 + 1: any trip through a number would change it

/** A `window.YTD.<type>.part<N> = [...]` file holding `{ [key]: item }` for each item. */
export function ytdFile(globalName: string, key: string, items: unknown[]): string {
  const body = items.map((item) => JSON.stringify({ [key]: item }, null, 2)).join(', ');
  return `window.YTD.${globalName} = [ ${body} ]`;
}

export function tweet(
  id: string,
  text: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    id_str: id,
    full_text: text,
    created_at: 'Tue Jan 25 16:41:04 +0000 2022',
    favorite_count: '3',
    retweet_count: '1',
    retweeted: false,
    entities: { hashtags: [], user_mentions: [], urls: [] },
    ...extra,
  };
}

export function accountFile(id = OWNER_ID, username = 'owner'): string {
  return ytdFile('account.part0', 'account', [
    { username, accountId: id, createdAt: '2019-07-23T14:34:33.707Z', accountDisplayName: 'The Owner' },
  ]);
}

export function manifestFile(dataTypes: Record<string, { fileName: string; count: number }[]>): string {
  const types = Object.fromEntries(
    Object.entries(dataTypes).map(([type, files]) => [
      type,
      { files: files.map((f) => ({ ...f, globalName: 'YTD.x.part0', count: String(f.count) })) },
    ]),
  );
  return `window.__THAR_CONFIG = ${JSON.stringify({
    userInfo: { accountId: OWNER_ID, userName: 'owner', displayName: 'The Owner' },
    archiveInfo: { generationDate: '2023-03-04T05:06:07.000Z', isPartialArchive: false },
    dataTypes: types,
  })}`;
}

export { writeFiles } from '../../../test-support/test-files';

/** Zips every file of a flat folder under `prefix` (e.g. 'data/'), as the download does. */
export async function zipFolder(folder: string, zipPath: string, prefix: string): Promise<string> {
  const zip = new ZipFile();
  for (const name of readdirSync(folder)) zip.addBuffer(readFileSync(join(folder, name)), prefix + name);
  zip.end();
  await finished(zip.outputStream.pipe(createWriteStream(zipPath)));
  return zipPath;
}

/**
 * A ZIP whose entry is named `../evil.js`. yazl refuses to write such a name, so the entry is
 * written as `xx/evil.js` and the name's bytes are patched (same length, not covered by the CRC).
 */
export async function zipWithEscapingEntry(zipPath: string): Promise<string> {
  const zip = new ZipFile();
  zip.addBuffer(Buffer.from(accountFile()), 'data/account.js');
  zip.addBuffer(Buffer.from('window.YTD.tweets.part0 = [ ]'), 'xx/evil.js');
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  const bytes = Buffer.concat(chunks);
  const from = Buffer.from('xx/evil.js');
  for (let at = bytes.indexOf(from); at !== -1; at = bytes.indexOf(from, at + 1))
    bytes.write('../evil.js', at, 'latin1');
  writeFileSync(zipPath, bytes);
  return zipPath;
}
