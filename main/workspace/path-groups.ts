import type { AccountBrief, PersonPathGroupDto } from '../../common/dto';
import { accountLabel } from '../analysis/explain';
import { referralPathRanker } from '../analysis/referral-paths';
import type { OpenWorkspace } from './open-workspace';
import { sourceOf, type PathFilters, type Person, type pathDescriber } from './path-describe';

/** Why a linked person has no path, in the user's words. */
function noPathReason(workspace: OpenWorkspace, prospect: AccountBrief, accounts: Person[]): string {
  const handles = accounts.map((a) => accountLabel(workspace.accounts.brief(a.accountId)!));
  const anyFollows = accounts.some((a) => {
    const edges = workspace.accounts.importedEdges(a.accountId);
    return edges.followers + edges.followees > 0;
  });
  if (!anyFollows) {
    return `No follows of ${handles.join(' or ')} are imported, so nothing shows whom they know. Import their follower or following list.`;
  }
  return `No imported follow or interaction links ${handles.join(' or ')} to ${accountLabel(prospect)} within three introductions.`;
}

/**
 * Each linked person's best path (exact: one ranked search per person, warm before cold), or the
 * reason there is none. Ordered warm paths first, then cold ones, each by score, then the
 * people without a path by name.
 */
export function groupPathsByPerson(
  workspace: OpenWorkspace,
  prospect: AccountBrief,
  people: Person[],
  filters: PathFilters,
  describe: ReturnType<typeof pathDescriber>,
): { groups: PersonPathGroupDto[]; unlinkedPeople: number } {
  // One ranker for every person: the prospect's ties and the sorted hops are worked out once.
  const rank = referralPathRanker(workspace.ties.get(), prospect.id);
  const byPerson = new Map<number, Person[]>();
  for (const account of people) {
    if (account.accountId === prospect.id) continue;
    byPerson.set(account.personId, [...(byPerson.get(account.personId) ?? []), account]);
  }
  const found = [...byPerson.values()].map((accounts) => {
    const [best] = rank(accounts.map(sourceOf), { limit: 1 });
    const starter = best && accounts.find((a) => a.accountId === best.nodes[0]);
    return { accounts, best, starter };
  });
  const described = describe(
    found.flatMap(({ best, starter }) => (best && starter ? [{ path: best, person: starter }] : [])),
  );
  let next = 0;
  const groups: PersonPathGroupDto[] = found.map(({ accounts, best, starter }) => {
    const person = accounts[0]!;
    return {
      personId: person.personId,
      personName: person.personName,
      relationship: person.relationship,
      path: best && starter ? described[next++]! : null,
      reason: best ? null : noPathReason(workspace, prospect, accounts),
    };
  });
  // A person asked for by id who is linked to no account still gets a row, with the reason.
  const unlinkedPeople = workspace.unlinkedPeople.count(filters);
  if (filters.personId !== undefined && unlinkedPeople > 0) {
    const person = workspace.unlinkedPeople.person(filters.personId)!;
    groups.push({
      ...person,
      path: null,
      reason: `${person.personName} is not linked to any account. Link them to their X, Bluesky or Mastodon account in People.`,
    });
  }
  const order = (g: PersonPathGroupDto) => (g.path ? (g.path.cold ? 1 : 0) : 2);
  groups.sort(
    (a, b) =>
      order(a) - order(b) ||
      (b.path?.score ?? 0) - (a.path?.score ?? 0) ||
      a.personName.localeCompare(b.personName),
  );
  return { groups, unlinkedPeople };
}
