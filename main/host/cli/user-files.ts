import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppError } from '../../../common/errors';

/** Why a file could not be read or written, in the user's words (Node's codes mean nothing to them). */
function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'there is no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'you do not have permission';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'ENOSPC') return 'the disk is full';
  return error instanceof Error ? error.message : String(error);
}

/** A text file the user named (`--file notes.md`): its text, or a message naming the file as they typed it. */
export function readUserText(path: string): string {
  try {
    return readFileSync(resolve(path), 'utf8');
  } catch (error) {
    throw new AppError('IO', `Could not read ${path}: ${reason(error)}.`);
  }
}

/** Writes a file the user named (`--csv`, `--out`); returns its full path for the summary line. */
export function writeUserFile(path: string, content: string): string {
  const full = resolve(path);
  try {
    writeFileSync(full, content);
  } catch (error) {
    throw new AppError('IO', `Could not write ${path}: ${reason(error)}.`);
  }
  return full;
}

/** Everything on standard input, as the text of a note (`notes set < plan.md`). */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
