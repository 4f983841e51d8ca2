import { createClient } from '../../../common/client';
import { createCore, type Core } from '../../api/core';
import { createMemoryTransport } from '../memory-transport';
import type { Flags } from './args';
import { commands } from './commands';
import { passphraseOf, withPassphrase } from './passphrase';

/**
 * Runs one command on a core of its own. Loaded only once a command is to run: `help` and
 * `--help` answer without loading the core (most of the command line's start-up).
 */
export async function runCommand(
  name: string,
  positionals: string[],
  values: Flags & Parameters<typeof passphraseOf>[0],
): Promise<number | undefined> {
  const command = commands[name];
  if (!command) return undefined;
  const passphrase = passphraseOf(values);
  let core: Core | undefined;
  try {
    core = createCore({ host: 'memory', rememberRecent: false });
    const api = createClient(withPassphrase(createMemoryTransport(core), passphrase));
    return (await command(api, positionals, values)) ?? 0;
  } finally {
    core?.close();
  }
}
