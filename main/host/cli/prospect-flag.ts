import type { AppApi } from '../../../common/client';
import type { AccountBrief, AccountRow } from '../../../common/dto';
import { AppError } from '../../../common/errors';
import { needWorkspace, UsageError, type Flags } from './args';

/** The account `ref` (@handle or id) names, or a message saying none does; `where` names the flag. */
export async function needAccount(api: AppApi, ref: string, where = ''): Promise<AccountRow> {
  const account = await api.accounts.find({ ref });
  if (!account) throw new AppError('BAD_REQUEST', `No imported account is ${ref}${where}.`);
  return account;
}

/** Opens `--workspace` and finds `--prospect`: what every command about one prospect starts with. */
export async function openProspect(api: AppApi, flags: Flags): Promise<AccountRow> {
  if (!flags.prospect) throw new UsageError('--prospect @handle is required');
  await api.workspace.open({ path: needWorkspace(flags) });
  return needAccount(api, flags.prospect);
}

/** "@handle", else the name, else the network's id: how an account reads in a line of text. */
export function accountText(account: Pick<AccountBrief, 'id' | 'handle' | 'name'>): string {
  return account.handle ? `@${account.handle}` : (account.name ?? `account #${account.id}`);
}
