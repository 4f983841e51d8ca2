import type { AccountBrief, AccountRow, PathsResultDto } from '../../../../common/dto';
import { api } from '../../api';
import { useApiQuery, useCoreQuery } from '../../api/useApiQuery';

/**
 * The account row for an id. The API finds accounts by handle or network id, so the handle from
 * the paths result is looked up and the id checked; a search by handle covers accounts that
 * share a handle across networks.
 */
async function accountRow(prospect: AccountBrief): Promise<AccountRow | null> {
  if (!prospect.handle) return null;
  const found = await api.accounts.find({ ref: prospect.handle });
  if (found?.id === prospect.id) return found;
  const page = await api.accounts.list({ query: prospect.handle, limit: 50 });
  return page.rows.find((row) => row.id === prospect.id) ?? null;
}

export interface ProspectData {
  paths: PathsResultDto | null;
  account: AccountRow | null;
  error: string | null;
  loading: boolean;
  refreshing: boolean;
  retry: () => void;
}

/** What the prospect page shows above and beside the graph: the account and the ranked paths. */
export function useProspect(accountId: number): ProspectData {
  // Up to 20 ranked paths: the panel shows five, then more on request.
  const paths = useApiQuery(
    'paths.find',
    { accountId, limit: 20 },
    { dependsOn: ['records', 'links', 'people', 'prospects'] },
  );
  const prospect = paths.data?.prospect ?? null;
  const account = useCoreQuery(
    ['prospect.account', prospect],
    () => (prospect ? accountRow(prospect).catch(() => null) : Promise.resolve(null)),
    { dependsOn: ['records', 'prospects'], enabled: prospect !== null },
  );
  return {
    paths: paths.data,
    account: account.data,
    error: paths.error,
    loading: paths.loading || account.loading,
    refreshing: paths.refreshing,
    retry: paths.refetch,
  };
}
