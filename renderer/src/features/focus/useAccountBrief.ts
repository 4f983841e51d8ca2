import { useEffect, useState } from 'react';
import type { AccountBrief } from '../../../../common/dto';
import { api } from '../../api';

/**
 * The handle and name of the account a section is about. The sections sit on a prospect's page,
 * so the prospects list has it; any other account stays null and the sections say "this account".
 */
export function useAccountBrief(accountId: number): AccountBrief | null {
  const [brief, setBrief] = useState<AccountBrief | null>(null);
  useEffect(() => {
    let live = true;
    setBrief(null);
    api.prospects
      .list()
      .then((prospects) => {
        const found = prospects.find((p) => p.accountId === accountId);
        if (live && found)
          setBrief({
            id: accountId,
            network: found.network as AccountBrief['network'],
            handle: found.handle,
            name: found.name,
          });
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [accountId]);
  return brief;
}
