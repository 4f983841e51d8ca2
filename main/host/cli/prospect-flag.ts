import type { AppApi } from '../../../common/client';
import type { AccountBrief, AccountRow } from '../../../common/dto';
import { AppError } from '../../../common/errors';
import { unknownAccountName } from '../../../common/unknown-account';
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

/** "@handle", else the name, else what `nameless` calls it: how an account reads in a line of text. */
export function accountText(
  account: Pick<AccountBrief, 'id' | 'handle' | 'name'>,
  nameless?: ReadonlyMap<number, string>,
): string {
  return account.handle
    ? `@${account.handle}`
    : (account.name ?? nameless?.get(account.id) ?? `account #${account.id}`);
}

/**
 * What the app calls each account known by neither handle nor name ("X account id 12345 (name
 * unknown)"): the network's id, which `accounts name 12345 --handle @h` takes.
 */
export async function namelessLabels(
  api: AppApi,
  accounts: readonly Pick<AccountBrief, 'id' | 'handle' | 'name'>[],
): Promise<Map<number, string>> {
  const labels = new Map<number, string>();
  for (const account of accounts) {
    if (account.handle || account.name || labels.has(account.id)) continue;
    const row = await api.accounts.get({ id: account.id });
    if (row) labels.set(account.id, unknownAccountName(row.network, row.externalId));
  }
  return labels;
}
