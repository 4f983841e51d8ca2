import { useCallback, useEffect, useState } from 'react';
import type { AccountBrief, AccountRow, PathsResultDto } from '../../../../common/dto';
import { api } from '../../api';
import { describeError } from '../../components/describeError';

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
}

/** What the prospect page shows above and beside the graph: the account and the ranked paths. */
export function useProspect(accountId: number, version: number) {
  const [data, setData] = useState<ProspectData>({ paths: null, account: null, error: null, loading: true });
  const [reload, setReload] = useState(0);

  useEffect(() => {
    let live = true;
    setData((previous) =>
      previous.paths?.prospect.id === accountId
        ? { ...previous, loading: true }
        : { paths: null, account: null, error: null, loading: true },
    );
    api.paths
      .find({ accountId, limit: 5 })
      .then(async (paths) => {
        if (!live) return;
        setData((previous) => ({ ...previous, paths, error: null }));
        const account = await accountRow(paths.prospect).catch(() => null);
        if (live) setData((previous) => ({ ...previous, account, loading: false }));
      })
      .catch((error: unknown) => {
        if (live) setData((previous) => ({ ...previous, error: describeError(error), loading: false }));
      });
    return () => {
      live = false;
    };
  }, [accountId, version, reload]);

  const setAccount = useCallback(
    (change: Partial<AccountRow>) =>
      setData((previous) =>
        previous.account ? { ...previous, account: { ...previous.account, ...change } } : previous,
      ),
    [],
  );
  const retry = useCallback(() => setReload((count) => count + 1), []);
  return { ...data, setAccount, retry };
}
