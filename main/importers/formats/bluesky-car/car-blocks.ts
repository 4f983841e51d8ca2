import { Readable } from 'node:stream';
import { fromStream, fromUint8Array } from '@atcute/car';
import { AppError } from '../../../../common/errors';
import { ImportFormatError } from '../../errors';
import { cidKeyOf, linkKey, type CidKey } from './cid-key';

/** DAG-CBOR, the codec of commits, MST nodes and records (blobs are raw, 0x55). */
export const CODEC_DAG_CBOR = 0x71;

export interface CarBlock {
  cid: CidKey;
  codec: number;
  /** A view into the reader's buffer: copy it to keep it past the next block. */
  bytes: Uint8Array;
  /** 1-based position of the block in the file. */
  number: number;
}

export interface BlockHooks {
  signal: AbortSignal;
  onBytes?(bytes: number): void;
}

/** The roots of a CAR v1 header, or null when the bytes do not start with one (cheap: for detect). */
export function carRoots(head: Uint8Array): CidKey[] | null {
  try {
    const roots = fromUint8Array(head).roots.flatMap((root) => linkKey(root) ?? []);
    return roots.length > 0 ? roots : null;
  } catch {
    return null;
  }
}

/** The block with this CID among those that fit whole in a file's first bytes (for detect). */
export function blockInHead(head: Uint8Array, cid: CidKey): CarBlock | null {
  let number = 0;
  try {
    for (const entry of fromUint8Array(head)) {
      number += 1;
      if (cidKeyOf(entry.cid.bytes) === cid) {
        return { cid, codec: entry.cid.codec, bytes: entry.bytes, number };
      }
    }
  } catch {
    // The head ends inside a block: the rest is not looked at.
  }
  return null;
}

/**
 * Streams the blocks of a CAR v1 file one by one with @atcute/car's streaming reader, so memory holds one
 * block at a time. A bad header, an empty root list or a cut-off block throws ImportFormatError naming
 * the header or the block.
 */
export async function* streamCarBlocks(
  stream: Readable,
  fileName: string,
  hooks: BlockHooks,
  onHeader: (roots: CidKey[]) => void,
): AsyncGenerator<CarBlock> {
  let bytes = 0;
  stream.on('data', (chunk: Buffer) => hooks.onBytes?.((bytes += chunk.length)));
  const car = fromStream(Readable.toWeb(stream));
  let number = 0;
  let where = 'the header';
  try {
    const roots = (await car.roots()).flatMap((root) => linkKey(root) ?? []);
    if (roots.length === 0) {
      throw new ImportFormatError(fileName, where, 'the CAR header names no root block');
    }
    onHeader(roots);
    where = 'block 1';
    for await (const entry of car) {
      number += 1;
      if (number % 1000 === 1 && hooks.signal.aborted) throw new AppError('CANCELLED', 'Import cancelled.');
      yield { cid: cidKeyOf(entry.cid.bytes), codec: entry.cid.codec, bytes: entry.bytes, number };
      where = `block ${number + 1} (after byte ${entry.entryEnd})`;
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new ImportFormatError(fileName, where, `not a readable CAR file (${(error as Error).message})`);
  } finally {
    await car.dispose().catch(() => {});
    stream.destroy();
  }
}
