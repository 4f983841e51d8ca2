import type { Readable } from 'node:stream';
import type { WorkMeter } from './work-meter';

export interface Line {
  /** 1-based line number in the file. */
  number: number;
  text: string;
  /** True for a last line without a newline: it may have been cut off. */
  unterminated: boolean;
}

/**
 * Longest line a text format may have; a binary file without newlines stops here. It also bounds
 * every JSON string in a JSON Lines file, like MAX_JSON_STRING_CHARS does in whole-file JSON.
 */
export const MAX_LINE_LENGTH = 16 * 1024 * 1024;

export class LineTooLongError extends Error {
  override readonly name = 'LineTooLongError';
  constructor(
    readonly lineNumber: number,
    limit: number,
  ) {
    super(
      `line ${lineNumber} is longer than ${Math.round(limit / 1024 / 1024)} MB: this is not a line-based text file`,
    );
  }
}

/**
 * Streams the lines of a text file: strips a BOM, accepts CRLF, and decodes invalid UTF-8 as
 * U+FFFD instead of failing. Memory holds one line at a time, whatever the file's size.
 */
export async function* readLines(
  stream: Readable,
  onBytes?: (bytes: number) => void,
  maxLineLength = MAX_LINE_LENGTH,
  meter?: WorkMeter,
): AsyncGenerator<Line> {
  const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
  // The start of a line that spans chunks, kept as pieces: appending to one growing string and
  // searching it makes V8 copy it whole on every chunk (quadratic on a long line).
  let pending: string[] = [];
  let pendingLength = 0;
  let number = 0;
  let bytes = 0;
  const line = (text: string, unterminated: boolean): Line => {
    number += 1;
    if (text.length > maxLineLength) throw new LineTooLongError(number, maxLineLength);
    return { number, text: text.endsWith('\r') ? text.slice(0, -1) : text, unterminated };
  };
  const takePending = (tail: string): string => {
    if (pending.length === 0) return tail;
    pending.push(tail);
    const text = pending.join('');
    if (meter) meter.charsScanned += text.length;
    pending = [];
    pendingLength = 0;
    return text;
  };
  for await (const chunk of stream) {
    const data = chunk as Buffer;
    bytes += data.length;
    onBytes?.(bytes);
    const text = decoder.decode(data, { stream: true });
    if (meter) meter.charsScanned += text.length;
    let start = 0;
    let newline = text.indexOf('\n');
    while (newline !== -1) {
      yield line(takePending(text.slice(start, newline)), false);
      start = newline + 1;
      newline = text.indexOf('\n', start);
    }
    if (start < text.length) {
      pending.push(text.slice(start));
      pendingLength += text.length - start;
      if (pendingLength > maxLineLength) throw new LineTooLongError(number + 1, maxLineLength);
    }
  }
  const rest = takePending(decoder.decode());
  if (rest.length > 0) yield line(rest, true);
}
