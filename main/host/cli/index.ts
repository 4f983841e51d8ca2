import { parseArgs } from 'node:util';
import { AppError } from '../../../common/errors';
import { UsageError } from './args';
import { USAGE, usageOf } from './help';

/** Runs one CLI invocation and returns the exit code. Errors are one line on stderr. */
export async function runCli(argv: string[]): Promise<number> {
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
        'never-import-again': { type: 'boolean' },
        yes: { type: 'boolean' },
        'passphrase-file': { type: 'string' },
        'new-passphrase-file': { type: 'string' },
        passphrase: { type: 'string' },
        tz: { type: 'string' },
        category: { type: 'string' },
        role: { type: 'string' },
        location: { type: 'string' },
        reach: { type: 'string' },
        mine: { type: 'boolean' },
        competitors: { type: 'boolean' },
        query: { type: 'string' },
        segments: { type: 'boolean' },
        csv: { type: 'string' },
        limit: { type: 'string' },
        file: { type: 'string' },
        color: { type: 'string' },
        field: { type: 'string' },
        paths: { type: 'string' },
      },
      allowPositionals: true,
      strict: true,
    });
    const [name, ...rest] = positionals;
    if (name === 'help' || (values.help && name)) {
      // `help focus` and `focus --help` alike; `help` alone lists every command.
      const topic = name === 'help' ? rest[0] : name;
      const usage = topic ? usageOf(topic) : USAGE;
      if (!usage) throw new UsageError(`unknown command “${topic}”`);
      console.log(usage);
      return 0;
    }
    if (values.help || !name) {
      console.log(USAGE);
      return values.help ? 0 : 2;
    }
    if (!usageOf(name)) throw new UsageError(`unknown command “${name}”`);
    // The core and every command load only now: help above answers without them.
    const { runCommand } = await import('./run-command');
    const code = await runCommand(name, rest, { ...values, json: values.json ?? false });
    if (code === undefined) throw new UsageError(`unknown command “${name}”`);
    return code;
  } catch (error) {
    if (error instanceof UsageError || (error instanceof TypeError && 'code' in error)) {
      console.error(`inside-track: ${error.message} (run with --help for usage)`);
      return 2;
    }
    console.error(`inside-track: ${error instanceof AppError ? error.message : String(error)}`);
    return 1;
  }
}
