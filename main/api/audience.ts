import type { AudienceList, AudienceRow } from '../../common/dto';
import { AppError } from '../../common/errors';
import {
  classify,
  matches,
  segment,
  toCsv,
  type AudienceFilter,
  type ClassifiedAccount,
} from '../analysis/audience';
import { AudienceRepo } from '../db/audience-repo';
import { CategoriesRepo } from '../db/categories-repo';
import { ChangesRepo } from '../db/changes-repo';
import { PursuitRepo } from '../db/pursuit-repo';
import { audienceCache, type AudienceMember } from './audience-cache';
import type { OpenWorkspace, WorkspaceSession } from './session';
import type { HandlerSlice } from './types';

type Methods = 'audience.segments' | 'audience.list' | 'audience.csv' | 'audience.changes';

function classified(workspace: OpenWorkspace, accountId: number, list: AudienceList): AudienceMember[] {
  if (!workspace.accounts.brief(accountId))
    throw new AppError('BAD_REQUEST', `There is no account #${accountId}.`);
  return audienceCache(workspace).classified(accountId, list, () => {
    const repo = new AudienceRepo(workspace.db);
    return classify(
      repo.members(accountId, list),
      repo.rules(),
      new PursuitRepo(workspace.db).get().competitors,
    );
  });
}

function filtered(workspace: OpenWorkspace, accountId: number, list: AudienceList, filter: AudienceFilter) {
  return classified(workspace, accountId, list).filter((a) => matches(a, filter));
}

type SortKey = 'reach' | 'name' | 'handle';

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

export function audienceHandlers(session: WorkspaceSession): HandlerSlice<Methods> {
  return {
    'audience.segments': ({ accountId, list, filter }) => {
      const workspace = session.require();
      const segments = segment(filtered(workspace, accountId, list, filter));
      return { list, declared: new AudienceRepo(workspace.db).declaredCount(accountId, list), ...segments };
    },
    'audience.list': ({ accountId, list, filter, sort, descending, offset, limit }) => {
      const workspace = session.require();
      const shape = JSON.stringify([filter, sort, descending]);
      const rows = audienceCache(workspace).sorted(accountId, list, shape, () =>
        ordered(filtered(workspace, accountId, list, filter), sort, descending),
      );
      return { total: rows.length, rows: rows.slice(offset, offset + limit).map(toRow) };
    },
    'audience.csv': ({ accountId, list, filter }) => {
      const workspace = session.require();
      const names = new Map(new CategoriesRepo(workspace.db).list().map((c) => [c.id, c.name]));
      const rows = filtered(workspace, accountId, list, filter).sort(
        (a, b) => (b.reach ?? -1) - (a.reach ?? -1),
      );
      return toCsv(
        [
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
        ],
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
    },
    'audience.changes': ({ accountId }) => {
      const repo = new ChangesRepo(session.require().db);
      return (['following', 'followers'] as const).flatMap((list) => repo.changes(accountId, list) ?? []);
    },
  };
}
