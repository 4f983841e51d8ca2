import type { AccountBrief } from '../../../../common/dto';
import { useApiQuery } from '../../api/useApiQuery';

/**
 * The handle and name of the account a section is about. The sections sit on a prospect's page,
 * so the prospects list has it; any other account stays null and the sections say "this account".
 */
export function useAccountBrief(accountId: number): AccountBrief | null {
  const prospects = useApiQuery('prospects.list', {}, { dependsOn: ['records', 'prospects', 'notes'] }).data;
  const found = prospects?.find((p) => p.accountId === accountId);
  return found
    ? {
        id: accountId,
        network: found.network as AccountBrief['network'],
        handle: found.handle,
        name: found.name,
      }
    : null;
}
