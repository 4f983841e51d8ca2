import { ImportFormatError } from '../../errors';
import type { Detection, ImportFormat, MailReview, ReadOptions } from '../../format';
import type { InputEntry, InputSource } from '../../input';
import type { ImportRecord } from '../../records';
import { bufferStream } from '../../input';
import { ReadPace } from '../contacts-shared/pace';
import { isHeaderField, mailHeaders } from '../mail-shared/headers';
import { MailFilter, OwnAddressGuess } from '../mail-shared/mail-filter';
import { HeaderTooLongError, NotMboxError, splitMbox, type MboxMessage } from './split';

/** How much of a mailbox the review looks at to guess the user's addresses. */
const SAMPLE_BYTES = 4 * 1024 * 1024;
const MAX_CANDIDATES = 200;

/** Whether bytes open an mbox: a `From ` line (after blank lines) followed by a header field. */
function startsAsMbox(head: Buffer): boolean {
  const text = head
    .subarray(0, 4096)
    .toString('latin1')
    .replace(/^\uFEFF/, '');
  const lines = text.replace(/^(\r?\n)+/, '').split('\n', 3);
  return lines.length >= 2 && lines[0]!.startsWith('From ') && isHeaderField(lines[1]!);
}

/** The mbox files of an input: a lone file whatever its name, else entries that open like one. */
async function mboxEntries(input: InputSource): Promise<InputEntry[]> {
  const entries =
    input.container === 'file'
      ? input.entries
      : input.entries
          .filter((e) => !/\.(csv|json|js|ics|vcf|eml|html?|txt)$/i.test(e.path))
          .slice(0, MAX_CANDIDATES);
  const found: InputEntry[] = [];
  for (const entry of entries) if (startsAsMbox(await input.head(entry.path, 4096))) found.push(entry);
  return found;
}

/** The review's guess from the first messages of the first mailbox (a few MB, whatever its size). */
async function review(
  input: InputSource,
  entries: readonly InputEntry[],
): Promise<MailReview & { seen: number; bytes: number }> {
  const guess = new OwnAddressGuess();
  let bytes = 0;
  for (const entry of entries) {
    const head = await input.head(entry.path, SAMPLE_BYTES);
    bytes += head.length;
    try {
      for await (const item of splitMbox(bufferStream(head))) {
        if ('headerLines' in item) guess.add(mailHeaders(item.headerLines, false));
      }
    } catch {
      // A sample cut mid-header, or an entry that stops being mail: the guess uses what it saw.
    }
    if (bytes >= SAMPLE_BYTES) break;
  }
  return {
    proposedOwn: guess.proposed(),
    frequentSenders: guess.frequentSenders(),
    sampled: guess.messages,
    automated: guess.automated,
    seen: guess.messages,
    bytes,
  };
}

function where(file: string, message: { number: number; line: number }): string {
  return `${file}, message ${message.number} (line ${message.line})`;
}

/** Reads the messages of mbox files (Gmail Takeout, Thunderbird, Apple Mail, Netscape): headers only. */
export async function* readMboxMessages(
  input: InputSource,
  entries: readonly InputEntry[],
  options: ReadOptions,
  pace: ReadPace,
  inferredOwn: readonly string[],
): AsyncGenerator<ImportRecord> {
  const filter = new MailFilter(options.mail, inferredOwn);
  for (const entry of entries) {
    const file = entry.path;
    try {
      for await (const item of splitMbox(await input.open(file), pace.onBytes)) {
        if (!('headerLines' in item)) {
          yield { type: 'warning', message: item.notice, where: where(file, item) };
          continue;
        }
        pace.tick();
        yield filter.message(
          mailHeaders((item as MboxMessage).headerLines, filter.keepSubjects),
          where(file, item),
        );
      }
    } catch (error) {
      if (error instanceof NotMboxError) {
        throw new ImportFormatError(
          file,
          `line ${error.line}`,
          'not an mbox mailbox: a message should start with a “From ” line',
        );
      }
      if (error instanceof HeaderTooLongError) {
        throw new ImportFormatError(
          file,
          `message ${error.number} (line ${error.line})`,
          'its headers run past 1 MB: this is not a mailbox',
        );
      }
      throw error;
    }
    pace.fileDone(entry.size);
  }
}

/** mbox mailboxes: one message record per message, headers only (bodies are never read into memory). */
export const mboxFormat: ImportFormat = {
  id: 'mbox',
  label: 'Mailbox (mbox)',

  async detect(input): Promise<Detection | null> {
    const entries = await mboxEntries(input);
    if (entries.length === 0) return null;
    const sample = await review(input, entries);
    const size = entries.reduce((sum, e) => sum + e.size, 0);
    const whole = sample.bytes >= size;
    const estimate = whole ? sample.seen : Math.round((sample.seen * size) / Math.max(1, sample.bytes));
    const { seen: _seen, bytes: _bytes, ...mail } = sample;
    return {
      format: 'mbox',
      label: 'Mailbox (mbox), headers only',
      summary: `${whole ? '' : 'About '}${estimate} message${estimate === 1 ? '' : 's'}${entries.length > 1 ? ` in ${entries.length} mailboxes` : ''}; only who, to whom and when is read.`,
      needs: { mail },
      estimatedRecords: estimate,
    };
  },

  async *read(input, options, ctx) {
    // A lone file is read whatever it holds, so that a wrong one is reported rather than ignored.
    const entries = input.container === 'file' ? [...input.entries] : await mboxEntries(input);
    const inferred = options.mail?.ownAddresses?.length ? [] : (await review(input, entries)).proposedOwn;
    const pace = new ReadPace(
      ctx,
      entries.reduce((sum, e) => sum + e.size, 0),
    );
    yield* readMboxMessages(input, entries, options, pace, inferred);
  },
};
