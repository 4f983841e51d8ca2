import type { Readable } from 'node:stream';
import { ImportFormatError } from '../../errors';
import type { Detection, ImportFormat } from '../../format';
import type { InputEntry, InputSource } from '../../input';
import { ReadPace } from '../contacts-shared/pace';
import { headerFields, headerText, isHeaderField, mailHeaders } from '../mail-shared/headers';
import { MailFilter, OwnAddressGuess } from '../mail-shared/mail-filter';
import { MAX_HEADER_BYTES } from '../mbox/split';

const MAX_FILES = 100_000;

/**
 * The header block of one message file (RFC 5322 §2.1: headers, a blank line, the body): lines
 * up to the first blank one; the stream is closed there, so the body is never read.
 */
export async function readHeaderBlock(stream: Readable): Promise<{ lines: string[]; complete: boolean }> {
  const lines: string[] = [];
  let carry = Buffer.alloc(0);
  let bytes = 0;
  try {
    for await (const chunk of stream) {
      let data = carry.length > 0 ? Buffer.concat([carry, chunk as Buffer]) : (chunk as Buffer);
      let newline = data.indexOf(0x0a);
      while (newline !== -1) {
        let line = data.subarray(0, newline);
        if (line[line.length - 1] === 0x0d) line = line.subarray(0, -1);
        if (line.length === 0 && lines.length > 0) return { lines, complete: true };
        if (line.length > 0) lines.push(headerText(line));
        data = data.subarray(newline + 1);
        newline = data.indexOf(0x0a);
      }
      carry = Buffer.from(data);
      bytes += (chunk as Buffer).length;
      if (bytes > MAX_HEADER_BYTES) return { lines, complete: false };
    }
    if (carry.length > 0) lines.push(headerText(carry));
    return { lines, complete: false };
  } finally {
    stream.destroy();
  }
}

/** Whether a file's first bytes are a mail header: header fields from the first line, with a From and a Date or Message-ID. */
function looksLikeMessage(head: Buffer): boolean {
  const text = headerText(head.subarray(0, 16 * 1024));
  if (text.startsWith('From ')) return false; // an mbox
  const end = text.search(/\r?\n\r?\n/);
  const lines = (end === -1 ? text : text.slice(0, end)).split(/\r?\n/);
  if (!isHeaderField(lines[0] ?? '')) return false;
  const fields = headerFields(lines);
  return fields.has('from') && (fields.has('date') || fields.has('message-id'));
}

/**
 * The message files of an input: a lone file whatever its name, else every `.eml` entry when the
 * first ones hold a mail header (one that does not is reported when read, not passed over).
 */
async function emlEntries(input: InputSource): Promise<InputEntry[]> {
  if (input.container === 'file') {
    return looksLikeMessage(await input.head(input.entries[0]!.path, 16 * 1024)) ? [...input.entries] : [];
  }
  const named = input.entries.filter((e) => /\.eml$/i.test(e.path)).slice(0, MAX_FILES);
  for (const entry of named.slice(0, 20)) {
    if (looksLikeMessage(await input.head(entry.path, 16 * 1024))) return named;
  }
  return [];
}

/** `.eml` files (one message each, a folder or a ZIP of them): headers only. */
export const emlFormat: ImportFormat = {
  id: 'eml',
  label: 'Mail messages (.eml)',

  async detect(input): Promise<Detection | null> {
    const entries = await emlEntries(input);
    if (entries.length === 0) return null;
    const guess = new OwnAddressGuess();
    for (const entry of entries.slice(0, 500)) {
      guess.add(mailHeaders((await readHeaderBlock(await input.open(entry.path))).lines, false));
    }
    const n = entries.length;
    return {
      format: 'eml',
      label: 'Mail messages (.eml), headers only',
      summary: `${n} message${n === 1 ? '' : 's'}; only who, to whom and when is read.`,
      needs: {
        mail: {
          proposedOwn: guess.proposed(),
          frequentSenders: guess.frequentSenders(),
          sampled: guess.messages,
          automated: guess.automated,
        },
      },
      estimatedRecords: n,
    };
  },

  async *read(input, options, ctx) {
    const entries = input.container === 'file' ? [...input.entries] : await emlEntries(input);
    let inferred: string[] = [];
    if (!options.mail?.ownAddresses?.length) {
      const guess = new OwnAddressGuess();
      for (const entry of entries.slice(0, 500)) {
        guess.add(mailHeaders((await readHeaderBlock(await input.open(entry.path))).lines, false));
      }
      inferred = guess.proposed();
    }
    const filter = new MailFilter(options.mail, inferred);
    const pace = new ReadPace(
      ctx,
      entries.reduce((sum, e) => sum + e.size, 0),
    );
    for (const entry of entries) {
      const block = await readHeaderBlock(await input.open(entry.path));
      pace.tick();
      const headers = mailHeaders(block.lines, filter.keepSubjects);
      if (block.lines.length === 0 || !isHeaderField(block.lines[0]!)) {
        throw new ImportFormatError(
          entry.path,
          'line 1',
          'not a mail message: it should start with header fields (From:, To:, Date:)',
        );
      }
      if (!block.complete) {
        yield {
          type: 'warning',
          message: 'The message is cut off inside its headers; what it has was kept.',
          where: entry.path,
        };
      }
      yield filter.message(headers, entry.path);
      pace.fileDone(entry.size);
    }
  },
};
