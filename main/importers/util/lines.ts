import type { Readable } from 'node:stream';

export interface Line {
  /** 1-based line number in the file. */
  number: number;
  text: string;
  /** True for a last line without a newline: it may have been cut off. */
  unterminated: boolean;
}

/** Longest line a text format may have; a binary file without newlines stops here. */
export const MAX_LINE_LENGTH = 64 * 1024 * 1024;

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
): AsyncGenerator<Line> {
  const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
  let buffered = '';
  let number = 0;
  let bytes = 0;
  for await (const chunk of stream) {
    const data = chunk as Buffer;
    bytes += data.length;
    onBytes?.(bytes);
    // Only the new text can hold the next newline: searching from there keeps long lines linear.
    const searchFrom = buffered.length;
    buffered += decoder.decode(data, { stream: true });
    let start = 0;
    let newline = buffered.indexOf('\n', searchFrom);
    while (newline !== -1) {
      number += 1;
      const text = buffered.slice(start, newline);
      yield { number, text: text.endsWith('\r') ? text.slice(0, -1) : text, unterminated: false };
      start = newline + 1;
      newline = buffered.indexOf('\n', start);
    }
    buffered = buffered.slice(start);
    if (buffered.length > maxLineLength) {
      throw new LineTooLongError(number + 1, maxLineLength);
    }
  }
  buffered += decoder.decode();
  if (buffered.length > 0) {
    number += 1;
    yield { number, text: buffered.endsWith('\r') ? buffered.slice(0, -1) : buffered, unterminated: true };
  }
}
