import type { EgoGraphDto, GraphEdgeDto, GraphNodeDto, GraphRole } from '../../common/dto';
import { layoutEgoGraph, type LayoutNode } from '../analysis/ego-layout';
import { GraphRepo, type GraphAccount } from '../db/graph-repo';
import { findPaths } from './paths';
import type { WorkspaceSession } from './session';
import type { HandlerSlice } from './types';

/** Roles that outrank others when an account plays several (a colleague who is also a follower). */
const rolePriority: GraphRole[] = ['prospect', 'me', 'person', 'bridge', 'mutual', 'followee', 'follower'];

export function egoGraph(session: WorkspaceSession, accountId: number, budget: number): EgoGraphDto {
  const workspace = session.require();
  const repo = new GraphRepo(workspace.db);
  const result = findPaths(workspace, accountId, 5);

  const nodes = new Map<
    number,
    { account: GraphAccount; role: GraphRole; paths: number[]; distance?: number }
  >();
  const assign = (account: GraphAccount, role: GraphRole) => {
    const current = nodes.get(account.id);
    if (!current) nodes.set(account.id, { account, role, paths: [] });
    else if (rolePriority.indexOf(role) < rolePriority.indexOf(current.role)) current.role = role;
  };

  assign(repo.accounts([accountId])[0]!, 'prospect');
  const people = workspace.people.confirmedAccounts();
  const personRole = new Map(
    people.map((p) => [p.accountId, p.relationship === 'me' ? ('me' as const) : ('person' as const)]),
  );
  result.paths.forEach((path, index) => {
    const ids = [path.start.account.id, ...path.hops.map((h) => h.to.id)];
    for (const [position, account] of repo.accounts(ids).entries()) {
      assign(account, personRole.get(account.id) ?? 'bridge');
      const node = nodes.get(account.id)!;
      node.paths.push(index);
      const distance = ids.length - 1 - position;
      if (node.distance === undefined || distance < node.distance) node.distance = distance;
    }
  });

  // The rest of the budget: mutuals first, then followees and followers by reach.
  let room = Math.max(0, budget - nodes.size);
  const take = (accounts: GraphAccount[], role: GraphRole) => {
    for (const account of accounts) {
      if (room <= 0) break;
      if (!nodes.has(account.id)) room -= 1;
      assign(account, role);
    }
  };
  take(repo.mutuals(accountId, room), 'mutual');
  const followeeShare = Math.ceil(room * 0.4);
  take(repo.followees(accountId, followeeShare + 50), 'followee');
  take(repo.followers(accountId, room + 50), 'follower');
  take(repo.followees(accountId, room + followeeShare + 50), 'followee');

  const ids = [...nodes.keys()];
  const layoutNodes: LayoutNode[] = [...nodes.values()].map((n) => ({
    id: n.account.id,
    role: n.role,
    reach: n.account.reach,
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
  const edgeList = repo.edgesAmong(ids);
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

  const graphNodes: GraphNodeDto[] = [...nodes.values()].map(({ account, role, paths }) => ({
    id: account.id,
    network: account.network,
    handle: account.handle,
    name: account.name,
    bio: account.bio,
    role,
    reach: account.reach,
    ...positions.get(account.id)!,
    paths,
  }));
  const counts = repo.counts(accountId);
  const shown = (role: GraphRole) => graphNodes.filter((n) => n.role === role || n.role === 'mutual').length;
  return {
    prospect: result.prospect,
    nodes: graphNodes,
    edges,
    paths: result.paths,
    omitted: {
      followers: Math.max(0, counts.followers - shown('follower')),
      followees: Math.max(0, counts.followees - shown('followee')),
    },
    diagnosis: result.diagnosis,
  };
}

export function graphHandlers(session: WorkspaceSession): HandlerSlice<'graph.egoGraph'> {
  return { 'graph.egoGraph': ({ accountId, budget }) => egoGraph(session, accountId, budget) };
}
