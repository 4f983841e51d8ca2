import type { Readable } from 'node:stream';
import { headerText, isHeaderField } from '../mail-shared/headers';

/** One message's header block, as the splitter found it; its body was passed over unread. */
export interface MboxMessage {
  /** 1-based message number in the file. */
  number: number;
  /** 1-based line of its `From ` separator. */
  line: number;
  headerLines: string[];
}

/** Something the splitter noticed that is worth a warning (a cut-off last message). */
export interface MboxNotice {
  notice: string;
  number: number;
  line: number;
}

/**
 * A header block larger than this is not a mail header (a binary file, or a body without its
 * blank line): the rest of it is passed over like a body, so memory stays bounded.
 */
export const MAX_HEADER_BYTES = 1024 * 1024;
/** What is kept of a body line that spans chunks: enough to see whether it starts with `From `. */
const BODY_PREFIX = 8;

const NL = 0x0a;
const CR = 0x0d;
const FROM_ = Buffer.from('From ');

function isBlank(line: Buffer): boolean {
  return line.length === 0 || (line.length === 1 && line[0] === CR);
}

function startsWithFrom(line: Buffer): boolean {
  return line.length >= 5 && line[0] === 0x46 && line.subarray(0, 5).equals(FROM_);
}

function text(line: Buffer): string {
  return headerText(line.length > 0 && line[line.length - 1] === CR ? line.subarray(0, -1) : line);
}

/**
 * Splits an mbox into messages' header blocks, reading line by line and never keeping a body line
 * (only its first bytes while it spans chunks), so a file of any size streams in bounded memory.
 *
 * A `From ` line starts a message when it follows a blank line (or starts the file) and the next
 * line is a header field: the mboxo/mboxrd rule (RFC 4155 §2), which also passes over the
 * unescaped `From ` body lines of pre-2005 Thunderbird (thunderbird-unquoted.mbox: they follow a
 * non-blank line). Where a message states `Content-Length:`, the first `From ` line at or after its
 * end starts the next message even with no blank line before it: Netscape's folders
 * (netscape-content-length-1996.mbox) mark message ends only so. `>From ` and ` From ` body lines
 * are never separators. CRLF and LF are both read.
 */
export async function* splitMbox(
  stream: Readable,
  onBytes?: (bytes: number) => void,
): AsyncGenerator<MboxMessage | MboxNotice> {
  let state = 'start' as 'start' | 'headers' | 'body';
  let number = 0;
  let lineNumber = 0;
  let offset = 0; // byte offset of the next line's start
  let headerLines: string[] = [];
  let headerBytes = 0;
  let messageLine = 0;
  let contentEnd: number | null = null;
  let contentLength: number | null = null;
  let previousBlank = true;
  // A `From ` line seen in a body that starts a message if the next line is a header field.
  let candidate: number | null = null;
  // The start of a line that spans chunks: whole in headers (or after a candidate), a prefix in a body.
  let pieces: Buffer[] = [];
  let piecesLength = 0;
  let bytesRead = 0;

  const startMessage = (line: number) => {
    number += 1;
    messageLine = line;
    headerLines = [];
    headerBytes = 0;
    contentEnd = null;
    contentLength = null;
    state = 'headers';
  };

  const handle = (line: Buffer, lineStart: number): MboxMessage | null => {
    lineNumber += 1;
    if (state === 'start') {
      if (isBlank(line)) return null;
      if (!startsWithFrom(line)) throw new NotMboxError(lineNumber);
      startMessage(lineNumber);
      return null;
    }
    if (state === 'headers') {
      if (isBlank(line)) {
        state = 'body';
        previousBlank = true;
        if (contentLength !== null) contentEnd = lineStart + line.length + 1 + contentLength;
        const message = { number, line: messageLine, headerLines };
        headerLines = [];
        return message;
      }
      headerBytes += line.length;
      if (headerBytes > MAX_HEADER_BYTES) throw new HeaderTooLongError(number, messageLine);
      const field = text(line);
      headerLines.push(field);
      if (field.length > 15 && /^content-length[ \t]*:/i.test(field)) {
        const n = Number(field.slice(field.indexOf(':') + 1).trim());
        if (Number.isSafeInteger(n) && n >= 0) contentLength = n;
      }
      return null;
    }
    // body
    if (candidate !== null) {
      const from = candidate;
      candidate = null;
      if (isHeaderField(text(line.subarray(0, 200)))) {
        startMessage(from);
        lineNumber -= 1; // the inner call counts this line again
        return handle(line, lineStart);
      }
    }
    if (startsWithFrom(line) && (previousBlank || (contentEnd !== null && lineStart >= contentEnd))) {
      candidate = lineNumber;
    }
    previousBlank = isBlank(line);
    return null;
  };

  for await (const chunk of stream) {
    const data = chunk as Buffer;
    bytesRead += data.length;
    onBytes?.(bytesRead);
    let start = 0;
    let newline = data.indexOf(NL, start);
    while (newline !== -1) {
      let line = data.subarray(start, newline);
      let lineStart = offset;
      if (piecesLength > 0 || pieces.length > 0) {
        pieces.push(line);
        lineStart = offset - piecesLength;
        line = Buffer.concat(pieces);
        pieces = [];
        piecesLength = 0;
      }
      const fullLength = newline - start + (offset - lineStart);
      const message = handle(line, lineStart);
      if (message) yield message;
      offset = lineStart + fullLength + 1;
      start = newline + 1;
      newline = data.indexOf(NL, start);
    }
    if (start < data.length) {
      const rest = data.subarray(start);
      const keepWhole = state !== 'body' || candidate !== null;
      const room = keepWhole ? rest.length : Math.max(0, BODY_PREFIX - piecesLength);
      if (room > 0) pieces.push(Buffer.from(rest.subarray(0, room)));
      piecesLength += rest.length;
      offset += rest.length;
      if (keepWhole && piecesLength > MAX_HEADER_BYTES) throw new HeaderTooLongError(number, messageLine);
    }
  }
  if (piecesLength > 0) {
    const lineStart = offset - piecesLength;
    const message = handle(Buffer.concat(pieces), lineStart);
    if (message) yield message;
    offset = lineStart + piecesLength;
  }
  if (state === 'start') throw new NotMboxError(Math.max(1, lineNumber));
  if (state === 'headers' && headerLines.length > 0) {
    yield {
      notice: 'The last message is cut off inside its headers (the file ends there); it was left out.',
      number,
      line: messageLine,
    };
  } else if (state === 'body' && contentEnd !== null && offset < contentEnd) {
    yield {
      notice: `The last message is cut short: the file ends before its stated length (Content-Length ${contentLength}). Its headers were kept.`,
      number,
      line: messageLine,
    };
  }
}

export class NotMboxError extends Error {
  override readonly name = 'NotMboxError';
  constructor(readonly line: number) {
    super(`line ${line} should start a message with a “From ” line: this is not an mbox file`);
  }
}

export class HeaderTooLongError extends Error {
  override readonly name = 'HeaderTooLongError';
  constructor(
    readonly number: number,
    readonly line: number,
  ) {
    super(`the headers of message ${number} (line ${line}) run past 1 MB: this is not a mail header`);
  }
}
