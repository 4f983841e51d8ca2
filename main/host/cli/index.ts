import { parseArgs } from 'node:util';
import { createClient } from '../../../common/client';
import { AppError } from '../../../common/errors';
import { createCore, type Core } from '../../api/core';
import { createMemoryTransport } from '../memory-transport';
import { UsageError } from './args';
import { commands } from './commands';
import { passphraseOf, withPassphrase } from './passphrase';

export const USAGE = `usage: npm run -s cli -- <command> [options]
  workspace create <file> [--passphrase-file <file>]
  workspace encrypt | change-passphrase | decrypt --workspace <file> --passphrase-file <file>
        [--new-passphrase-file <file>] [--yes]
        (a passphrase comes from a file or INSIDE_TRACK_PASSPHRASE, for every --workspace command)
  stats --workspace <file> [--json]
  import --workspace <file> [--of @handle] [--relationship colleague|customer|partner|friend|other|me]
         [--format <id>] <files or folders...> [--json]
  imports list|remove <id> --workspace <file> [--json]
  accounts name <account id> --handle @handle --workspace <file> [--json]
  people links [--status confirmed|suggested|rejected] --workspace <file> [--json]
  people link|unlink --person <id> --account <id> --workspace <file>
  people list [--search TEXT] [--relationship R] --workspace <file> [--json]
  people show <id> --workspace <file> [--json]
  people edit <id> [--relationship R] [--since YYYY-MM-DD] [--did TEXT] [--says TEXT] --workspace <file>
  people duplicates --workspace <file> [--json]
  people merge <keep id> <other id> [--relationship R] --workspace <file> [--json]
  people unmerge <merge id> --workspace <file> [--json]
  prospect add @handle --workspace <file>
  paths --prospect @handle --workspace <file> [--json]
  intro --prospect @handle [--via @handle | --path N] --workspace <file> [--json]
  search "<query>" --workspace <file> [--json]
  brief --prospect @handle --out <file.pdf> --workspace <file> [--sections who,what,when,where,whyHow,extent]
        [--redact @a,@b]
  erase --account @handle | --person <id> --workspace <file> [--notes keep|redact] [--with-accounts]
        [--yes] [--json]`;

/** Runs one CLI invocation and returns the exit code. Errors are one line on stderr. */
export async function runCli(argv: string[]): Promise<number> {
  let core: Core | undefined;
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: {
        workspace: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        of: { type: 'string' },
        relationship: { type: 'string' },
        format: { type: 'string' },
        status: { type: 'string' },
        person: { type: 'string' },
        account: { type: 'string' },
        prospect: { type: 'string' },
        out: { type: 'string' },
        sections: { type: 'string' },
        redact: { type: 'string' },
        search: { type: 'string' },
        since: { type: 'string' },
        did: { type: 'string' },
        says: { type: 'string' },
        handle: { type: 'string' },
        via: { type: 'string' },
        path: { type: 'string' },
        notes: { type: 'string' },
        'with-accounts': { type: 'boolean' },
        yes: { type: 'boolean' },
        'passphrase-file': { type: 'string' },
        'new-passphrase-file': { type: 'string' },
        passphrase: { type: 'string' },
      },
      allowPositionals: true,
      strict: true,
    });
    const [name, ...rest] = positionals;
    if (values.help || !name) {
      console.log(USAGE);
      return values.help ? 0 : 2;
    }
    const command = commands[name];
    if (!command) throw new UsageError(`unknown command “${name}”`);
    core = createCore({ host: 'memory', rememberRecent: false });
    const code = await command(
      createClient(withPassphrase(createMemoryTransport(core), passphraseOf(values))),
      rest,
      {
        ...values,
        json: values.json ?? false,
      },
    );
    return code ?? 0;
  } catch (error) {
    if (error instanceof UsageError || (error instanceof TypeError && 'code' in error)) {
      console.error(`inside-track: ${error.message} (run with --help for usage)`);
      return 2;
    }
    console.error(`inside-track: ${error instanceof AppError ? error.message : String(error)}`);
    return 1;
  } finally {
    core?.close();
  }
}
