import type { AppApi } from '../../../common/client';
import { needWorkspace, UsageError, type Flags } from './args';
import { newPassphraseOf, NEW_PASSPHRASE_ENV, passphraseOf, PASSPHRASE_ENV } from './passphrase';

const print = (flags: Flags, json: unknown, text: string) =>
  console.log(flags.json ? JSON.stringify(json) : text);

function needPassphrase(flags: Flags, what: string): string {
  const passphrase = passphraseOf(flags);
  if (!passphrase) throw new UsageError(`${what} needs --passphrase-file <file> or ${PASSPHRASE_ENV}`);
  return passphrase;
}

/**
 * `workspace create <file>` (encrypted with --passphrase-file or the variable), and for an
 * existing workspace: `encrypt`, `change-passphrase` and `decrypt`.
 */
export async function workspace(api: AppApi, [verb, file, ...extra]: string[], flags: Flags) {
  if (verb === 'create' && file && extra.length === 0) {
    const passphrase = passphraseOf(flags);
    const info = await api.workspace.create({ path: file, ...(passphrase ? { passphrase } : {}) });
    print(flags, info, `Created ${info.path}${info.encrypted ? ' (encrypted)' : ''}`);
    return;
  }
  if (file !== undefined) throw new UsageError(`unexpected argument “${file}”`);
  const path = needWorkspace(flags);
  if (verb === 'encrypt') {
    // The workspace is plain: the passphrase given is the one it will need from now on.
    const passphrase = needPassphrase(flags, 'workspace encrypt');
    await api.workspace.open({ path });
    const info = await api.workspace.encrypt({ passphrase });
    print(
      flags,
      info,
      `Encrypted ${info.path}: it now opens only with its passphrase, which cannot be recovered.`,
    );
  } else if (verb === 'change-passphrase') {
    const current = needPassphrase(flags, 'workspace change-passphrase');
    const next = newPassphraseOf(flags);
    if (!next) {
      throw new UsageError(
        `the new passphrase goes in --new-passphrase-file <file> or ${NEW_PASSPHRASE_ENV}`,
      );
    }
    await api.workspace.open({ path, passphrase: current });
    const info = await api.workspace.changePassphrase({ current, passphrase: next });
    print(flags, info, `Changed the passphrase of ${info.path}.`);
  } else if (verb === 'decrypt') {
    const current = needPassphrase(flags, 'workspace decrypt');
    if (!flags.yes) {
      throw new UsageError('workspace decrypt stores the workspace unencrypted: add --yes to confirm');
    }
    await api.workspace.open({ path, passphrase: current });
    const info = await api.workspace.removePassphrase({ current });
    print(flags, info, `Decrypted ${info.path}: anyone who can read the file can now read the workspace.`);
  } else {
    throw new UsageError(
      'expected: workspace create <file> | workspace encrypt | change-passphrase | decrypt --workspace <file>',
    );
  }
}
