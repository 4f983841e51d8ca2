import type { ParsedArgs } from '../../common/api';
import type { AudienceList, AudienceRow, AudienceSegmentsDto, ListChangeDto } from '../../common/dto';
import {
  classify,
  matches,
  segment,
  toCsv,
  type AudienceFilter,
  type ClassifiedAccount,
} from '../analysis/audience';
import { audienceCache, type AudienceMember } from './audience-cache';
import type { OpenWorkspace } from './open-workspace';

function classified(workspace: OpenWorkspace, accountId: number, list: AudienceList): AudienceMember[] {
  workspace.requireAccount(accountId);
  return audienceCache(workspace).classified(accountId, list, () => {
    const repo = workspace.audience;
    return classify(repo.members(accountId, list), repo.rules(), workspace.pursuit.get().competitors);
  });
}

function filtered(workspace: OpenWorkspace, accountId: number, list: AudienceList, filter: AudienceFilter) {
  return classified(workspace, accountId, list).filter((a) => matches(a, filter));
}

type SortKey = 'reach' | 'name' | 'handle';

export type AudiencePageRequest = ParsedArgs<'audience.list'>;

/** Filtered and ordered, as the table shows it (ties by id, so pages never overlap). */
function ordered(rows: AudienceMember[], sort: SortKey, descending: boolean): AudienceMember[] {
  const key = (a: ClassifiedAccount) =>
    sort === 'reach'
      ? (a.reach ?? -1)
      : ((sort === 'name' ? (a.name ?? a.handle) : a.handle) ?? '').toLowerCase();
  const keyed = rows.map((row) => ({ row, key: key(row) }));
  keyed.sort((a, b) => {
    const order = a.key < b.key ? -1 : a.key > b.key ? 1 : a.row.id - b.row.id;
    return descending ? -order : order;
  });
  return keyed.map((k) => k.row);
}

const toRow = (a: AudienceMember): AudienceRow => ({
  id: a.id,
  network: a.network as AudienceRow['network'],
  handle: a.handle,
  name: a.name,
  bio: a.bio,
  location: a.location,
  reach: a.reach,
  mine: a.mine,
  roles: a.roles,
  categories: a.categories,
  competitor: a.competitor,
});

export function audienceSegments(
  workspace: OpenWorkspace,
  accountId: number,
  list: AudienceList,
  filter: AudienceFilter,
): AudienceSegmentsDto {
  const segments = segment(filtered(workspace, accountId, list, filter));
  return { list, declared: workspace.audience.declaredCount(accountId, list), ...segments };
}

/** One page of the table, as sorted and filtered (the order is cached for paging). */
export function audiencePage(
  workspace: OpenWorkspace,
  { accountId, list, filter, sort, descending, offset, limit }: AudiencePageRequest,
): { total: number; rows: AudienceRow[] } {
  const shape = JSON.stringify([filter, sort, descending]);
  const rows = audienceCache(workspace).sorted(accountId, list, shape, () =>
    ordered(filtered(workspace, accountId, list, filter), sort, descending),
  );
  return { total: rows.length, rows: rows.slice(offset, offset + limit).map(toRow) };
}

const CSV_COLUMNS = [
  'network',
  'handle',
  'name',
  'followers',
  'location',
  'roles',
  'categories',
  'competitor',
  'your person',
  'bio',
];

/** The filtered list as CSV, biggest reach first, with category names spelled out. */
export function audienceCsv(
  workspace: OpenWorkspace,
  accountId: number,
  list: AudienceList,
  filter: AudienceFilter,
): string {
  const names = new Map(workspace.categories.list().map((c) => [c.id, c.name]));
  const rows = filtered(workspace, accountId, list, filter).sort((a, b) => (b.reach ?? -1) - (a.reach ?? -1));
  return toCsv(
    CSV_COLUMNS,
    rows.map((a) => [
      a.network,
      a.handle,
      a.name,
      a.reach,
      a.location,
      a.roles.join('; '),
      a.categories.map((id) => names.get(id) ?? id).join('; '),
      a.competitor ? 'yes' : '',
      a.mine ? 'yes' : '',
      a.bio,
    ]),
  );
}

export function audienceChanges(workspace: OpenWorkspace, accountId: number): ListChangeDto[] {
  return (['following', 'followers'] as const).flatMap(
    (list) => workspace.changes.changes(accountId, list) ?? [],
  );
}
