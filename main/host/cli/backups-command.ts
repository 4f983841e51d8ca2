import { createInterface } from 'node:readline/promises';
import type { AppApi } from '../../../common/client';
import type { BackupDto } from '../../../common/backup-dto';
import { AppError } from '../../../common/errors';
import { needWorkspace, UsageError, type Flags } from './args';
import { passphraseOf } from './passphrase';

const print = (flags: Flags, json: unknown, text: () => string) =>
  console.log(flags.json ? JSON.stringify(json) : text());

function size(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

function when(iso: string): string {
  return iso.replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
}

function listText(workspace: string, backups: BackupDto[]): string {
  if (backups.length === 0)
    return `${workspace} has no backups yet (one is taken before every import, removal and erase).`;
  return backups
    .map((b) => `${b.name}\n  ${when(b.createdAt)}, ${size(b.sizeBytes)}, before ${b.label}`)
    .join('\n');
}

async function confirmed(question: string): Promise<boolean> {
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return /^y(es)?$/i.test((await prompt.question(`${question} [y/N] `)).trim());
  } finally {
    prompt.close();
  }
}

/**
 * `backups list --workspace F [--json]` and `backups restore <name> --workspace F [--yes]`. The
 * workspace is not opened first: a damaged one cannot be, and restoring is how it is mended.
 */
export async function backups(api: AppApi, [verb, name, ...extra]: string[], flags: Flags): Promise<number> {
  const path = needWorkspace(flags);
  if (verb === 'list' && !name) {
    const list = await api.backups.list({ path });
    print(flags, list, () => listText(path, list));
    return 0;
  }
  if (verb === 'restore' && name && extra.length === 0) {
    const backup = (await api.backups.list({ path })).find((b) => b.name === name);
    if (!flags.yes) {
      const what = backup ? `the backup from ${when(backup.createdAt)} (before ${backup.label})` : name;
      if (!process.stdin.isTTY) {
        console.error('inside-track: nothing was restored: add --yes to restore without being asked.');
        return 1;
      }
      if (!(await confirmed(`Replace ${path} with ${what}? The current file is kept as a backup.`))) {
        console.error('inside-track: nothing was restored.');
        return 1;
      }
    }
    // Opened first when it can be, so an encrypted one is restored with its passphrase's key.
    await api.workspace.open({ path }).catch((error: unknown) => {
      if (!(error instanceof AppError && error.code === 'WORKSPACE_DAMAGED')) throw error;
    });
    // A damaged encrypted one cannot be opened: its passphrase opens the backup instead.
    const passphrase = passphraseOf(flags);
    const info = await api.backups.restore({ path, name, ...(passphrase ? { passphrase } : {}) });
    print(
      flags,
      info,
      () => `Restored ${info.path} from ${name}; the file it replaced is now the newest backup.`,
    );
    return 0;
  }
  throw new UsageError('expected: backups list | backups restore <name>');
}
