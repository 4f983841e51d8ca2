import { ImportFormatError } from '../../errors';
import type { ReadContext, ReadOptions } from '../../format';
import type { InputSource } from '../../input';
import type { AccountRecord, ImportRecord, Network } from '../../records';
import { parseDate } from '../../util/dates';
import { normalizeColumnName } from '../contacts-shared/csv-entries';
import { readCsvRows, type CsvRow } from '../contacts-shared/csv-rows';
import { refuseCutRow } from '../contacts-shared/cut-row';
import { ReadPace } from '../contacts-shared/pace';
import { cleanText } from '../contacts-shared/person';
import type { ColumnMapping, MappedField } from './mapping';
import { sniffDelimiter } from './sniff';
import { accountKeyOf, parseCount, parseNetwork } from './values';

type Cell = (field: MappedField) => string | undefined;

/** Where each mapped field's column is in the header; a mapped column the header lacks is an error. */
function columnIndexes(header: CsvRow, mapping: ColumnMapping, file: string): Map<MappedField, number> {
  const names = header.fields.map(normalizeColumnName);
  const indexes = new Map<MappedField, number>();
  for (const [field, column] of Object.entries(mapping.columns) as [MappedField, string | undefined][]) {
    if (!column) continue;
    let index = header.fields.indexOf(column);
    if (index === -1) index = names.indexOf(normalizeColumnName(column));
    if (index === -1) {
      throw new ImportFormatError(
        file,
        `line ${header.line}`,
        `the header has no column “${column}” (mapped to ${field})`,
      );
    }
    indexes.set(field, index);
  }
  const has = (...fields: MappedField[]) => fields.some((f) => indexes.has(f));
  const complete =
    mapping.kind === 'accounts'
      ? has('id', 'handle')
      : has('followerId', 'followerHandle') && has('followeeId', 'followeeHandle');
  if (!complete) {
    const needed =
      mapping.kind === 'accounts' ? 'an id or handle column' : 'a follower and a followee column';
    throw new ImportFormatError(file, `line ${header.line}`, `the column mapping needs ${needed}`);
  }
  return indexes;
}

function accountRow(
  cell: Cell,
  network: Network,
): { account: AccountRecord; dropped?: string } | { problem: string } {
  const made = accountKeyOf(network, cell('id'), cell('handle'));
  if ('problem' in made) return made;
  const account: AccountRecord = { type: 'account', key: made.key };
  const name = cleanText(cell('name'));
  if (name) account.name = name;
  const bio = cell('bio')?.trim();
  if (bio) account.bio = bio;
  const location = cleanText(cell('location'));
  if (location) account.location = location;
  const url = cleanText(cell('url'));
  if (url) account.url = url;
  const followers = parseCount(cell('followers'));
  if (followers !== undefined) account.followersCount = followers;
  const following = parseCount(cell('following'));
  if (following !== undefined) account.followingCount = following;
  const posts = parseCount(cell('posts'));
  if (posts !== undefined) account.postsCount = posts;
  const createdAt = parseDate(cell('createdAt'));
  if (createdAt) account.createdAt = createdAt;
  return { account, dropped: made.dropped };
}

/**
 * Reads a CSV of accounts or follow edges with the user's column mapping. Rows that name no
 * usable account become skips; ids a spreadsheet rounded (`1.23E+18`) are never used. A last
 * row that looks cut off refuses the file (cut-row.ts).
 */
export async function* readGenericCsv(
  input: InputSource,
  mapping: ColumnMapping,
  options: ReadOptions,
  ctx: ReadContext,
): AsyncGenerator<ImportRecord> {
  const [entry, ...others] = input.entries;
  if (!entry || others.length > 0) {
    throw new ImportFormatError(input.displayName, undefined, 'expected one CSV file to map, alone');
  }
  const file = entry.path;
  const pace = new ReadPace(ctx, entry.size);
  const delimiter =
    mapping.delimiter ?? sniffDelimiter((await input.head(file, 4096)).toString('utf8').split('\n')[0] ?? '');
  const owner = options.listOwner;
  if (mapping.list && !owner) {
    yield {
      type: 'warning',
      message: `No list owner was given: the ${mapping.list} are imported without follow edges.`,
      where: file,
    };
  }
  let indexes: Map<MappedField, number> | undefined;
  let headerWidth = 0;
  let dropped = 0;
  let firstDropped: string | undefined;
  const noteDropped = (problem: string | undefined, where: string) => {
    if (!problem) return;
    dropped += 1;
    firstDropped ??= `${problem} (${where})`;
  };
  for await (const row of readCsvRows(await input.open(file), file, { delimiter, onBytes: pace.onBytes })) {
    if (!indexes) {
      indexes = columnIndexes(row, mapping, file);
      headerWidth = row.fields.length;
      continue;
    }
    pace.tick();
    refuseCutRow(row, headerWidth, file);
    const where = `${file}, line ${row.line}`;
    const cell: Cell = (field) => {
      const index = indexes!.get(field);
      return index === undefined ? undefined : row.fields[index];
    };
    const networkCell = cell('network')?.trim();
    const network = networkCell ? parseNetwork(networkCell) : (mapping.defaultNetwork ?? 'x');
    if (!network) {
      yield { type: 'skip', reason: `unknown network “${networkCell}”`, where };
      continue;
    }
    if (mapping.kind === 'edges') {
      const follower = accountKeyOf(network, cell('followerId'), cell('followerHandle'));
      const followee = accountKeyOf(network, cell('followeeId'), cell('followeeHandle'));
      if ('problem' in follower) {
        yield { type: 'skip', reason: `follower: ${follower.problem}`, where };
        continue;
      }
      if ('problem' in followee) {
        yield { type: 'skip', reason: `followee: ${followee.problem}`, where };
        continue;
      }
      noteDropped(follower.dropped ?? followee.dropped, where);
      yield { type: 'follow', follower: follower.key, followee: followee.key };
      continue;
    }
    const made = accountRow(cell, network);
    if ('problem' in made) {
      yield { type: 'skip', reason: made.problem, where };
      continue;
    }
    noteDropped(made.dropped, where);
    const { account } = made;
    yield account;
    if (mapping.list && owner) {
      yield mapping.list === 'followers'
        ? { type: 'follow', follower: account.key, followee: owner }
        : { type: 'follow', follower: owner, followee: account.key };
    }
  }
  if (!indexes) throw new ImportFormatError(file, 'line 1', 'the file is empty: no header row');
  if (dropped > 0) {
    yield {
      type: 'warning',
      message: `${dropped} rows had an unusable id or handle beside a usable one; only the usable one was kept. First: ${firstDropped}.`,
      where: file,
    };
  }
  pace.fileDone(entry.size);
}
