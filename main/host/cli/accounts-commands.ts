import { basename } from 'node:path';
import type { AppApi } from '../../../common/client';
import { AppError } from '../../../common/errors';
import { unknownAccountName } from '../../../common/unknown-account';
import { needWorkspace, noPositionals, UsageError, type Flags } from './args';

const USAGE = 'expected: accounts name <account id> --handle @handle';

/**
 * `accounts name 12345 --handle @dana`: says who an account an import knew only by its id is
 * (the id the import's summary and the app show: "X account id 12345 (name unknown)").
 */
async function name(api: AppApi, [ref, ...extra]: string[], flags: Flags) {
  if (!ref) throw new UsageError(USAGE);
  noPositionals(extra);
  if (!flags.handle) throw new UsageError(`--handle is required (${USAGE})`);
  const workspace = needWorkspace(flags);
  await api.workspace.open({ path: workspace });
  const account = await api.accounts.find({ ref: ref.replace(/^#/, '') });
  if (!account)
    throw new AppError('BAD_REQUEST', `No account in ${basename(workspace)} has the id or handle “${ref}”.`);
  const before = account.handle
    ? `@${account.handle}`
    : unknownAccountName(account.network, account.externalId);
  const named = await api.accounts.name({ accountId: account.id, handle: flags.handle });
  console.log(flags.json ? JSON.stringify(named) : `${before} is @${named.handle} now.`);
}

export const accountCommands: Record<string, (api: AppApi, rest: string[], flags: Flags) => Promise<void>> = {
  name,
};

/** `accounts <verb> …` */
export async function accounts(api: AppApi, [verb, ...rest]: string[], flags: Flags): Promise<void> {
  const command = verb ? accountCommands[verb] : undefined;
  if (!command) throw new UsageError(USAGE);
  await command(api, rest, flags);
}
