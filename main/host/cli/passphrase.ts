import { readFileSync } from 'node:fs';
import type { Transport } from '../../../common/transport';
import { UsageError } from './args';

/** Where a passphrase may come from: never an argument, which `ps` and shell history would show. */
export interface PassphraseSources {
  'passphrase-file'?: string;
  'new-passphrase-file'?: string;
  /** Refused when present: only here so that its use gets a plain answer. */
  passphrase?: string;
}

export const PASSPHRASE_ENV = 'INSIDE_TRACK_PASSPHRASE';
export const NEW_PASSPHRASE_ENV = 'INSIDE_TRACK_NEW_PASSPHRASE';

function fromFile(file: string, flag: string): string {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`cannot read the passphrase file given to ${flag}`);
  }
  // An editor's final newline is not part of the passphrase; every other character is.
  const passphrase = text.replace(/\r?\n$/, '');
  if (!passphrase) throw new UsageError(`the passphrase file given to ${flag} is empty`);
  return passphrase;
}

function read(file: string | undefined, flag: string, env: string): string | undefined {
  if (file !== undefined) return fromFile(file, flag);
  const value = process.env[env];
  return value ? value : undefined;
}

/** The workspace's passphrase: `--passphrase-file <file>`, else $INSIDE_TRACK_PASSPHRASE. */
export function passphraseOf(flags: PassphraseSources): string | undefined {
  if (flags.passphrase !== undefined) {
    throw new UsageError(
      `--passphrase is not accepted (other users and shell history can see arguments): use --passphrase-file <file> or ${PASSPHRASE_ENV}`,
    );
  }
  return read(flags['passphrase-file'], '--passphrase-file', PASSPHRASE_ENV);
}

/** A new passphrase (`workspace change-passphrase`): `--new-passphrase-file`, else its variable. */
export function newPassphraseOf(flags: PassphraseSources): string | undefined {
  return read(flags['new-passphrase-file'], '--new-passphrase-file', NEW_PASSPHRASE_ENV);
}

/**
 * Every `--workspace` open of this run carries the passphrase, so each command opens an
 * encrypted workspace without knowing it is one (a plain file ignores it).
 */
export function withPassphrase(transport: Transport, passphrase: string | undefined): Transport {
  if (passphrase === undefined) return transport;
  return {
    on: (event, listener) => transport.on(event, listener),
    invoke: (request) => {
      const args = request.args as Record<string, unknown> | undefined;
      if (request.method !== 'workspace.open' || !args || 'passphrase' in args)
        return transport.invoke(request);
      return transport.invoke({ ...request, args: { ...args, passphrase } });
    },
  };
}
