import { createInterface } from 'node:readline/promises';
import type { AppApi } from '../../../common/client';
import type { EraseBackupsDto } from '../../../common/backup-dto';
import type { EraseCountsDto, ErasePreviewDto } from '../../../common/dto';
import { eraseLines } from '../../../common/erase-words';
import { AppError } from '../../../common/errors';
import { needNumber, needWorkspace, noPositionals, UsageError, type Flags } from './args';
import { print } from './people-flags';

function countsText(counts: EraseCountsDto): string {
  const lines = eraseLines(counts).map((line) => `  ${line}`);
  return lines.length ? lines.join('\n') : '  nothing else';
}

function notesText(preview: ErasePreviewDto, notes: 'keep' | 'redact'): string {
  if (preview.notes.length === 0) return 'No note mentions them.';
  const what = notes === 'redact' ? 'redacted' : 'kept as written (--notes redact to redact them)';
  return [
    `${preview.notes.length} note(s) mention them, ${what}:`,
    ...preview.notes.map((n) => `  ${n.handle ? `@${n.handle}` : `#${n.accountId}`}: ${n.excerpt}`),
  ].join('\n');
}

function backupsText({ rewritten, deleted }: EraseBackupsDto): string {
  const parts = [
    ...(rewritten ? [`erased from ${rewritten} backup${rewritten === 1 ? '' : 's'}`] : []),
    ...(deleted ? [`${deleted} backup${deleted === 1 ? '' : 's'} that could not be rewritten deleted`] : []),
  ];
  return parts.length ? `Backups: ${parts.join('; ')}.` : 'No backup held them.';
}

async function typedConfirmation(expected: string): Promise<boolean> {
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  try {
    const answer = await prompt.question(`Type ${expected} to erase them for good: `);
    return answer.trim() === expected;
  } finally {
    prompt.close();
  }
}

/**
 * `erase --account @h | --person <id> --workspace F [--notes keep|redact] [--with-accounts] [--yes] [--never-import-again]`:
 * shows what goes, asks for the handle (or name) typed back, then erases. Without --yes and
 * without a terminal to ask on, it refuses rather than erase unasked.
 */
export async function erase(api: AppApi, positionals: string[], flags: Flags): Promise<number> {
  noPositionals(positionals);
  if ((flags.account === undefined) === (flags.person === undefined)) {
    throw new UsageError('expected: erase --account @handle | --person <id>');
  }
  const notes = flags.notes ?? 'keep';
  if (notes !== 'keep' && notes !== 'redact') throw new UsageError('--notes must be keep or redact');
  await api.workspace.open({ path: needWorkspace(flags) });
  let who: { accountId: number } | { personId: number };
  if (flags.account !== undefined) {
    const account = await api.accounts.find({ ref: flags.account });
    if (!account) throw new AppError('BAD_REQUEST', `No imported account is ${flags.account}.`);
    who = { accountId: account.id };
  } else {
    who = { personId: needNumber(flags.person, '--person') };
  }
  const choices = { ...who, notes, linkedAccounts: flags['with-accounts'] ?? false } as const;
  const preview = await api.erase.preview(choices);
  if (!flags.yes) {
    console.log(
      `Erasing ${preview.label} removes:\n${countsText(preview.counts)}\n${notesText(preview, notes)}`,
    );
    if (!process.stdin.isTTY) {
      console.error('inside-track: nothing was erased: add --yes to erase without being asked.');
      return 1;
    }
    if (!(await typedConfirmation(preview.confirmText))) {
      console.error('inside-track: that is not what was asked for; nothing was erased.');
      return 1;
    }
  }
  const result = await api.erase.run({ ...choices, neverImportAgain: flags['never-import-again'] ?? false });
  print(flags, result, () =>
    [
      `Erased ${result.label} from ${needWorkspace(flags)}:`,
      countsText(result.counts),
      notesText(result, notes),
      'No byte of them is left in the workspace file, its WAL or its search indexes.',
      backupsText(result.backups),
      ...(result.neverImportAgain ? ['Later imports will leave them out (never import again).'] : []),
    ].join('\n'),
  );
  return 0;
}
