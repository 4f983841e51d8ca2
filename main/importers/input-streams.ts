import { createHash } from 'node:crypto';
import { pipeline, Transform, type Readable } from 'node:stream';
import { cancelled, sizeLabel, tooLarge } from './limits';

/** Up to `bytes` first bytes of a stream, which is then let go. */
export async function readHead(stream: Readable, bytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
    chunks.push(buffer);
    length += buffer.length;
    if (length >= bytes) break;
  }
  stream.destroy();
  return Buffer.concat(chunks).subarray(0, bytes);
}

/** sha256 of everything a stream yields, in hex. */
export async function hashStream(stream: Readable): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of stream) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export interface GuardOptions {
  /** The user's file, for messages. */
  file: string;
  signal?: AbortSignal;
  /** Bytes this stream may yield; passing it stops the stream with IMPORT_TOO_LARGE. */
  maxBytes?: number;
  /** What the message says the bytes are ("inflates to more than 4 GB"). */
  tooLargeProblem?: (limit: number) => string;
  /** For a decompressed stream: bytes read from disk so far, to spot a bomb by its ratio. */
  compressedBytes?: () => number;
  ratio?: { max: number; appliesAbove: number };
  /** Every chunk's size, as it passes. */
  onBytes?: (total: number) => void;
  /** Turns the source's own failure (a library's words) into one a user can read. */
  describeError?: (error: Error) => Error;
}

/**
 * Passes a stream through unchanged, but ends it with CANCELLED as soon as the signal aborts
 * (a reader stuck in padding or a huge value stops at its next chunk, not at the end of the
 * file), and with IMPORT_TOO_LARGE as soon as it yields more than allowed, before the extra bytes
 * reach anyone.
 */
export function guardStream(source: Readable, options: GuardOptions): Readable {
  let total = 0;
  const check = (length: number): Error | null => {
    if (options.signal?.aborted) return cancelled();
    total += length;
    if (options.maxBytes !== undefined && total > options.maxBytes) {
      const problem = options.tooLargeProblem ?? ((limit) => `holds more than ${sizeLabel(limit)} of data`);
      return tooLarge(options.file, problem(options.maxBytes));
    }
    const { ratio, compressedBytes } = options;
    if (ratio && compressedBytes && total > ratio.appliesAbove && total > ratio.max * compressedBytes()) {
      return tooLarge(
        options.file,
        `inflates to more than ${ratio.max} times its size (${sizeLabel(total)} from ${sizeLabel(compressedBytes())} so far); refusing what looks like a compression bomb`,
      );
    }
    options.onBytes?.(total);
    return null;
  };
  const guard = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      const stop = check(chunk.length);
      if (stop) done(stop);
      else done(null, chunk);
    },
  });
  const abort = () => guard.destroy(cancelled());
  options.signal?.addEventListener('abort', abort, { once: true });
  guard.once('close', () => options.signal?.removeEventListener('abort', abort));
  // Before pipeline's own listener, so the reader meets the described error, not the raw one.
  const { describeError } = options;
  if (describeError) source.prependListener('error', (error: Error) => guard.destroy(describeError(error)));
  // pipeline: an error on either side ends both, and the source's error reaches the reader.
  pipeline(source, guard, () => {});
  if (options.signal?.aborted) guard.destroy(cancelled());
  return guard;
}
