import { parseArgs } from 'node:util';
import { createClient, type AppApi } from '../../common/client';
import { AppError } from '../../common/errors';
import { createCore } from '../api/core';
import { createMemoryTransport } from './memory-transport';

const USAGE = `usage:
  npm run -s cli -- workspace create <file>
  npm run -s cli -- stats --workspace <file> [--json]`;

class UsageError extends Error {}

type Command = (api: AppApi, positionals: string[], flags: Flags) => Promise<void>;
interface Flags {
  workspace?: string;
  json: boolean;
}

function needWorkspace(flags: Flags): string {
  if (!flags.workspace) throw new UsageError('--workspace <file> is required');
  return flags.workspace;
}

const commands: Record<string, Command> = {
  async workspace(api, [verb, file, ...extra], flags) {
    if (verb !== 'create' || !file || extra.length > 0) {
      throw new UsageError('expected: workspace create <file>');
    }
    const info = await api.workspace.create({ path: file });
    console.log(flags.json ? JSON.stringify(info) : `Created ${info.path}`);
  },
  async stats(api, positionals, flags) {
    if (positionals.length > 0) throw new UsageError(`unexpected argument “${positionals[0]}”`);
    await api.workspace.open({ path: needWorkspace(flags) });
    const counts = await api.workspace.stats();
    if (flags.json) {
      console.log(JSON.stringify(counts));
    } else {
      const width = Math.max(...Object.keys(counts).map((k) => k.length));
      for (const [table, count] of Object.entries(counts)) {
        console.log(`${table.padEnd(width)}  ${count}`);
      }
    }
  },
};

/** Runs one CLI invocation; returns the exit code. Errors are one line on stderr. */
export async function runCli(argv: string[]): Promise<number> {
  let core: ReturnType<typeof createCore> | undefined;
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: {
        workspace: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
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
    await command(createClient(createMemoryTransport(core)), rest, {
      workspace: values.workspace,
      json: values.json ?? false,
    });
    return 0;
  } catch (error) {
    if (error instanceof UsageError || (error instanceof TypeError && 'code' in error)) {
      console.error(`inside-track: ${error.message} (run with --help for usage)`);
      return 2;
    }
    const message = error instanceof AppError ? error.message : String(error);
    console.error(`inside-track: ${message}`);
    return 1;
  } finally {
    core?.close();
  }
}
