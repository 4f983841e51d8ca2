import type { AudienceList, ListChangeDto } from '../../../../common/dto';
import { formatCount } from '../../components/format/count';
import { formatDay } from '../../components/format/date';

/** When a list was captured: the file's own date when it has one, else the import's. */
export function listDate(side: ListChangeDto['from']): string {
  return formatDay(side.capturedAt ?? side.importedAt);
}

function amount(n: number): string {
  return formatCount(n);
}

/**
 * "Between Mar 1, 2026 and Apr 2, 2026: newly followed 12, unfollowed 3"; two imports of the
 * same day are "Between two imports on Mar 1, 2026".
 */
export function changeSummary(change: ListChangeDto): string {
  const [from, to] = [listDate(change.from), listDate(change.to)];
  const span = from === to ? `Between two imports on ${from}` : `Between ${from} and ${to}`;
  return change.list === 'following'
    ? `${span}: newly followed ${amount(change.addedCount)}, unfollowed ${amount(change.removedCount)}`
    : `${span}: ${amount(change.addedCount)} new ${change.addedCount === 1 ? 'follower' : 'followers'}, ${amount(change.removedCount)} stopped following`;
}

/** The headings over the two columns of accounts. */
export function changeHeadings(list: AudienceList): { added: string; removed: string } {
  return list === 'following'
    ? { added: 'Newly followed', removed: 'Unfollowed' }
    : { added: 'New followers', removed: 'Stopped following' };
}

/** The lists with no second import, to explain what would show them. */
export function listsWithoutChanges(changes: readonly ListChangeDto[]): AudienceList[] {
  return (['following', 'followers'] as const).filter((list) => !changes.some((c) => c.list === list));
}
