import type { AppApi } from '../../../common/client';
import { AppError } from '../../../common/errors';
import { noPositionals, UsageError, type Flags } from './args';
import { print } from './people-flags';
import { accountText, openProspect } from './prospect-flag';
import { readStdin, readUserText } from './user-files';

const USAGE = 'expected: notes show|set|append --prospect @handle [--file <file.md>]';

/** The text for `notes set|append`: the --file, else what is piped in; a terminal is not read from. */
async function incomingText(flags: Flags): Promise<string> {
  if (flags.file !== undefined) return readUserText(flags.file);
  if (process.stdin.isTTY) throw new UsageError('give --file <file.md>, or pipe the text in');
  return readStdin();
}

/** Appended text starts a paragraph of its own: one blank line after what was there. */
export function appended(body: string, text: string): string {
  const before = body.replace(/\s+$/, '');
  return before ? `${before}\n\n${text}` : text;
}

/** `notes show|set|append --prospect @h`: the prospect's notes, as the notes pane keeps them (Markdown). */
export async function notes(api: AppApi, [verb, ...extra]: string[], flags: Flags): Promise<void> {
  noPositionals(extra);
  if (verb !== 'show' && verb !== 'set' && verb !== 'append') throw new UsageError(USAGE);
  const account = await openProspect(api, flags);
  const note = await api.notes.get({ accountId: account.id });
  if (verb === 'show') {
    print(flags, note, () => note?.body ?? `No notes on ${accountText(account)} yet.`);
    return;
  }
  const text = await incomingText(flags);
  // An empty pipe is more likely a mistake than a wish to clear the notes (a file may be empty on purpose).
  if (flags.file === undefined && text.trim() === '')
    throw new AppError('BAD_REQUEST', `No text came in: the notes on ${accountText(account)} are unchanged.`);
  const body = verb === 'set' ? text : appended(note?.body ?? '', text);
  const saved = await api.notes.save({ accountId: account.id, body });
  print(flags, saved, () => `Saved the notes on ${accountText(account)} (${saved.body.length} characters).`);
}
