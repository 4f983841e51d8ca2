import { ImportFormatError } from '../../errors';
import type { InputEntry, InputSource } from '../../input';
import { parseJsonLossless } from '../../util/lossless-json';
import { decodeUtf8 } from '../../util/text';

/** A saved API response is one page (at most a few MB); anything bigger is not one. */
export const MAX_RESPONSE_BYTES = 50 * 1024 * 1024;

function lineAt(text: string, position: number): number {
  let line = 1;
  for (let i = 0; i < position && i < text.length; i += 1) if (text.charCodeAt(i) === 10) line += 1;
  return line;
}

/** Reads one saved response whole (it is small) and parses it without losing long ids. */
export async function readResponse(input: InputSource, entry: InputEntry): Promise<unknown> {
  const file = entry.path;
  const tooLarge = () =>
    new ImportFormatError(
      file,
      undefined,
      `is ${Math.round(entry.size / 1024 / 1024)} MB, too large for a single API response (the limit is 50 MB); ` +
        'save large collections as JSON Lines, one page per line, and import them as twarc2',
    );
  if (entry.size > MAX_RESPONSE_BYTES) throw tooLarge();
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of await input.open(file)) {
    const buffer = chunk as Buffer;
    length += buffer.length;
    if (length > MAX_RESPONSE_BYTES) throw tooLarge();
    chunks.push(buffer);
  }
  const text = decodeUtf8(Buffer.concat(chunks));
  if (text.trim() === '') throw new ImportFormatError(file, undefined, 'is empty');
  try {
    return parseJsonLossless(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const line = position ? lineAt(text, Number(position[1])) : undefined;
    const nextValue = /expected end of input/i.test(message);
    throw new ImportFormatError(
      file,
      line ? `line ${line}` : undefined,
      nextValue
        ? 'holds more than one JSON value (one per line?): import it as twarc2 JSON Lines'
        : `is not valid JSON (${message})`,
    );
  }
}
