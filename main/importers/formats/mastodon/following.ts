import { pipeline, type Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { AppError } from '../../../../common/errors';
import { ImportFormatError } from '../../errors';
import type { AccountKey, FollowRecord, SkipRecord, WarningRecord } from '../../records';
import { normalizeAddress } from './addresses';
import type { StreamHooks } from './ordered-collection';

function rowOf(value: unknown): { cells: unknown[]; line: number } | undefined {
  if (!value || typeof value !== 'object' || !('record' in value) || !('info' in value)) return undefined;
  const { record, info } = value;
  if (!Array.isArray(record) || !info || typeof info !== 'object' || !('lines' in info)) return undefined;
  return { cells: record, line: typeof info.lines === 'number' ? info.lines : 0 };
}

/** Whether a chunk's last byte ends a line. */
function endsLine(chunk: Buffer): boolean {
  const last = chunk[chunk.length - 1];
  return last === 0x0a || last === 0x0d;
}

/**
 * following_accounts.csv: `Account address,Show boosts,Notify on new posts,Languages`, or (older
 * exports) one address a line, maybe with a leading '@'. Every row is a follow of the owner's; a
 * row that is not an address is a damaged file. Without a known owner the rows are skipped.
 * The export with a header ends every row with a line break, so there a last row without one
 * was cut off (a cut address like `bob@oth` still looks like an address): it is left out with a
 * warning. Older headerless lists may be written by hand and keep their last line.
 */
export async function* readFollowing(
  stream: Readable,
  fileName: string,
  owner: AccountKey | undefined,
  hooks: StreamHooks,
): AsyncGenerator<FollowRecord | SkipRecord | WarningRecord> {
  const rows = parse({
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    info: true,
  });
  let bytes = 0;
  let lastEndsLine = true;
  stream.on('data', (chunk: Buffer) => {
    if (chunk.length > 0) lastEndsLine = endsLine(chunk);
    hooks.onBytes?.((bytes += chunk.length));
  });
  // pipeline, not pipe: a read error of the source (a damaged ZIP entry) must end the loop below.
  pipeline(stream, rows, () => {});
  const seen = new Set<string>();
  let count = 0;
  // Each row waits for the next one (or the end) to know whether it is the cut last row.
  let held: { address: string; where: string } | undefined;
  let hasHeader = false;
  const follow = (address: string, where: string): FollowRecord | SkipRecord | undefined => {
    if (seen.has(address)) return undefined;
    seen.add(address);
    const followee: AccountKey = { network: 'mastodon', handle: address };
    return owner
      ? { type: 'follow', follower: owner, followee }
      : { type: 'skip', reason: 'follow with no known owner (the list does not say whose it is)', where };
  };
  try {
    for await (const value of rows) {
      if (++count % 1000 === 0 && hooks.signal.aborted) throw new AppError('CANCELLED', 'Import cancelled.');
      const row = rowOf(value);
      const first = row && typeof row.cells[0] === 'string' ? row.cells[0].trim() : '';
      const where = `line ${row?.line ?? count}`;
      if (count === 1 && first === 'Account address') {
        hasHeader = true;
        continue;
      }
      const address = normalizeAddress(first);
      if (!address) {
        throw new ImportFormatError(fileName, where, `“${first.slice(0, 80)}” is not a user@domain address`);
      }
      const previous = held && follow(held.address, held.where);
      if (previous) yield previous;
      held = { address, where };
    }
    if (held && (lastEndsLine || !hasHeader)) {
      const last = follow(held.address, held.where);
      if (last) yield last;
    } else if (held) {
      yield {
        type: 'warning',
        message: `The last line has no line ending: the file was probably cut off there, so “${held.address}” was left out; the lines before it were imported.`,
        where: `${fileName}, ${held.where}`,
      };
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    const line = (error as { lines?: unknown }).lines;
    const where = typeof line === 'number' ? `line ${line}` : `line ${count + 1}`;
    throw new ImportFormatError(fileName, where, `not a readable CSV file (${(error as Error).message})`);
  } finally {
    rows.destroy();
  }
}
