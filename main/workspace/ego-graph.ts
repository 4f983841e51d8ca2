import type { EgoGraphDto, GraphEdgeDto, GraphNodeDto, GraphRole } from '../../common/dto';
import { categoriesOf } from '../analysis/audience';
import { layoutEgoGraph, type LayoutNode } from '../analysis/ego-layout';
import type { TieIndex } from '../analysis/tie-index';
import { intersectSorted, topByReach } from '../analysis/top-by-reach';
import type { GraphAccount } from '../db/graph-repo';
import { findPaths } from './referral-paths';
import type { OpenWorkspace } from './open-workspace';

/** Roles that outrank others when an account plays several (a colleague who is also a follower). */
const rolePriority: GraphRole[] = ['prospect', 'me', 'person', 'bridge', 'mutual', 'followee', 'follower'];

export function egoGraph(
  workspace: OpenWorkspace,
  accountId: number,
  budget: number,
  pathLimit = 5,
): EgoGraphDto {
  const repo = workspace.graph;
  const result = findPaths(workspace, accountId, pathLimit);
  const ties = workspace.ties.get();

  const nodes = new Map<number, { role: GraphRole; paths: number[]; distance?: number }>();
  const assign = (id: number, role: GraphRole) => {
    const current = nodes.get(id);
    if (!current) nodes.set(id, { role, paths: [] });
    else if (rolePriority.indexOf(role) < rolePriority.indexOf(current.role)) current.role = role;
  };

  assign(accountId, 'prospect');
  const people = workspace.people.confirmedAccounts();
  const personRole = new Map(
    people.map((p) => [p.accountId, p.relationship === 'me' ? ('me' as const) : ('person' as const)]),
  );
  const personOf = new Map(people.map((p) => [p.accountId, p]));
  result.paths.forEach((path, index) => {
    const ids = [path.start.account.id, ...path.hops.map((h) => h.to.id)];
    ids.forEach((id, position) => {
      assign(id, personRole.get(id) ?? 'bridge');
      const node = nodes.get(id)!;
      node.paths.push(index);
      const distance = ids.length - 1 - position;
      if (node.distance === undefined || distance < node.distance) node.distance = distance;
    });
  });

  // The rest of the budget: mutuals first, then followees and followers by reach (from the
  // in-memory follow graph: a prospect's million followers are ranked without sorting them all).
  let room = Math.max(0, budget - nodes.size);
  const take = (ids: number[], role: GraphRole) => {
    for (const id of ids) {
      if (room <= 0) break;
      if (!nodes.has(id)) room -= 1;
      assign(id, role);
    }
  };
  const followerIds = ties.followersOf(accountId);
  const followeeIds = ties.followeesOf(accountId);
  const reachOf = ties.reachById;
  take(topByReach(intersectSorted(followerIds, followeeIds), reachOf, room), 'mutual');
  const followeeShare = Math.ceil(room * 0.4);
  const topFollowees = topByReach(followeeIds, reachOf, room + followeeShare + 50);
  take(topFollowees.slice(0, followeeShare + 50), 'followee');
  take(topByReach(followerIds, reachOf, room + 50), 'follower');
  take(topFollowees, 'followee');

  const accounts = new Map(repo.accounts([...nodes.keys()]).map((a) => [a.id, a]));
  const drawn = [...nodes.entries()].filter(([id]) => accounts.has(id));
  const layoutNodes: LayoutNode[] = drawn.map(([id, n]) => ({
    id,
    role: n.role,
    reach: accounts.get(id)!.reach,
    ...(n.distance !== undefined ? { pathDistance: n.distance, path: n.paths[0] } : {}),
  }));
  const positions = layoutEgoGraph(layoutNodes, result.paths.length);

  const pathEdges = new Map<string, number[]>();
  result.paths.forEach((path, index) => {
    for (const hop of path.hops) {
      for (const key of [`${hop.from.id}>${hop.to.id}`, `${hop.to.id}>${hop.from.id}`]) {
        pathEdges.set(key, [...(pathEdges.get(key) ?? []), index]);
      }
    }
  });
  const edgeList = followsAmong(
    ties,
    drawn.map(([id]) => id),
  );
  const present = new Set(edgeList.map((e) => `${e.follower}>${e.followee}`));
  const edges: GraphEdgeDto[] = [];
  for (const { follower, followee } of edgeList) {
    const mutual = present.has(`${followee}>${follower}`);
    if (mutual && follower > followee) continue; // one line for a mutual pair
    edges.push({
      source: follower,
      target: followee,
      mutual,
      paths: pathEdges.get(`${follower}>${followee}`) ?? [],
    });
  }
  // A path hop can rest on interactions alone: draw it too.
  for (const [index, path] of result.paths.entries()) {
    for (const hop of path.hops) {
      const drawn = present.has(`${hop.from.id}>${hop.to.id}`) || present.has(`${hop.to.id}>${hop.from.id}`);
      if (!drawn) edges.push({ source: hop.from.id, target: hop.to.id, mutual: false, paths: [index] });
    }
  }

  const categories = nodeCategories(
    workspace,
    drawn.map(([id]) => accounts.get(id)!),
  );
  const graphNodes: GraphNodeDto[] = drawn.map(([id, { role, paths }]) => {
    const account = accounts.get(id)!;
    return {
      id,
      network: account.network,
      handle: account.handle,
      name: account.name,
      bio: account.bio,
      role,
      reach: account.reach,
      ...positions.get(id)!,
      paths,
      categories: categories.get(id) ?? [],
      ...personFields(personOf.get(id)),
    };
  });
  // Followers and followees left out: every drawn account that follows (or is followed by) the
  // prospect counts as shown, whatever role it is drawn in (a colleague, a bridge).
  const drawnFollowers = drawn.filter(([id]) => ties.follows(id, accountId)).length;
  const drawnFollowees = drawn.filter(([id]) => ties.follows(accountId, id)).length;
  return {
    prospect: result.prospect,
    nodes: graphNodes,
    edges,
    paths: result.paths,
    omitted: {
      followers: Math.max(0, followerIds.length - drawnFollowers),
      followees: Math.max(0, followeeIds.length - drawnFollowees),
    },
    diagnosis: result.diagnosis,
  };
}

/** A node of the user's or their people's: what the person is to the user, and their name. */
function personFields(
  person: { personName: string; relationship: GraphNodeDto['relationship'] } | undefined,
): Pick<GraphNodeDto, 'relationship' | 'personName'> {
  return person ? { relationship: person.relationship, personName: person.personName } : {};
}

/** Follow edges whose both ends are among `ids`, from the in-memory follow graph. */
function followsAmong(ties: TieIndex, ids: number[]): { follower: number; followee: number }[] {
  const among = new Set(ids);
  const edges: { follower: number; followee: number }[] = [];
  for (const follower of ids) {
    for (const followee of ties.followeesOf(follower)) {
      if (among.has(followee)) edges.push({ follower, followee });
    }
  }
  return edges;
}

/**
 * Each drawn account's categories, as the Following and Followers sections compute them: the
 * keyword rules on handle, name and bio, plus the categories the user assigned by hand.
 */
export function nodeCategories(
  workspace: OpenWorkspace,
  accounts: readonly GraphAccount[],
): Map<number, number[]> {
  const rules = workspace.audience.rules();
  const manual = workspace.categories.manualAssignments();
  const result = new Map<number, number[]>();
  for (const account of accounts) {
    const manualCategories = manual.get(account.id) ?? [];
    result.set(account.id, categoriesOf({ ...account, manualCategories }, rules));
  }
  return result;
}
