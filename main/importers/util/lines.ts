import type { Readable } from 'node:stream';

export interface Line {
  /** 1-based line number in the file. */
  number: number;
  text: string;
  /** True for a last line without a newline: it may have been cut off. */
  unterminated: boolean;
}

/**
 * Streams the lines of a text file: strips a BOM, accepts CRLF, and decodes invalid UTF-8 as
 * U+FFFD instead of failing. Memory holds one line at a time, whatever the file's size.
 */
export async function* readLines(stream: Readable, onBytes?: (bytes: number) => void): AsyncGenerator<Line> {
  const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
  let buffered = '';
  let number = 0;
  let bytes = 0;
  for await (const chunk of stream) {
    const data = chunk as Buffer;
    bytes += data.length;
    onBytes?.(bytes);
    buffered += decoder.decode(data, { stream: true });
    let newline = buffered.indexOf('\n');
    while (newline !== -1) {
      number += 1;
      const text = buffered.slice(0, newline);
      yield { number, text: text.endsWith('\r') ? text.slice(0, -1) : text, unterminated: false };
      buffered = buffered.slice(newline + 1);
      newline = buffered.indexOf('\n');
    }
  }
  buffered += decoder.decode();
  if (buffered.length > 0) {
    number += 1;
    yield { number, text: buffered.endsWith('\r') ? buffered.slice(0, -1) : buffered, unterminated: true };
  }
}
