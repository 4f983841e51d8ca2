import type { AccountBrief, EgoGraphDto, ReferralPathDto } from '../../../common/dto';

/**
 * The referral paths read left to right, one column a step: you, your people, the bridges by
 * their distance to the prospect, the prospect. A server-side cousin of the renderer's path-first
 * layout (renderer/src/features/graph/pathLayout.ts), which the core may not import: plain
 * columns and rows, enough for a picture the CLI writes.
 */

export type ColumnRole = 'you' | 'person' | 'bridge' | 'prospect';

export interface ColumnNode {
  id: number;
  role: ColumnRole;
  label: string;
  /** "@handle · Name", for a viewer's tooltip. */
  title: string;
  column: number;
  row: number;
}

export interface ColumnHop {
  from: number;
  to: number;
  strength: number;
  cold: boolean;
}

export interface PathColumns {
  nodes: ColumnNode[];
  hops: ColumnHop[];
  columns: number;
  /** The most nodes any column holds. */
  rows: number;
}

/** The node that stands for the user when none of their accounts is on a path (no account has id 0). */
export const YOU = 0;

function accountLabel(account: Pick<AccountBrief, 'handle' | 'name' | 'id'>): string {
  return account.name?.trim() || (account.handle ? `@${account.handle}` : `#${account.id}`);
}

function accountTitle(account: Pick<AccountBrief, 'handle' | 'name' | 'id'>): string {
  return [account.handle ? `@${account.handle}` : null, account.name?.trim() || null]
    .filter(Boolean)
    .join(' · ');
}

/** The accounts a path visits after the user, in order: the person it starts from (unless it is the user), then each hop's end. */
function steps(path: ReferralPathDto, own: ReadonlySet<number>): AccountBrief[] {
  const start = own.has(path.start.account.id) ? [] : [path.start.account];
  return [...start, ...path.hops.map((hop) => hop.to)];
}

export function pathColumns(graph: EgoGraphDto): PathColumns {
  const own = new Set(graph.nodes.filter((n) => n.role === 'me').map((n) => n.id));
  for (const path of graph.paths) if (path.start.relationship === 'me') own.add(path.start.account.id);
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const width = Math.max(1, ...graph.paths.map((p) => steps(p, own).length));
  const column = new Map<number, number>([[YOU, 0]]);
  const order: number[] = [YOU];
  const hops: ColumnHop[] = [];
  const seenHop = new Set<string>();
  const addHop = (from: number, to: number, strength: number, cold: boolean) => {
    const key = `${from}>${to}`;
    if (seenHop.has(key)) return;
    seenHop.add(key);
    hops.push({ from, to, strength, cold });
  };
  const places = new Map<number, AccountBrief>();
  // The user's people, by the name the user keeps for them (People), from where their paths start.
  const people = new Map<number, string>();
  for (const path of graph.paths) {
    if (!own.has(path.start.account.id)) people.set(path.start.account.id, path.start.personName.trim());
    const visited = steps(path, own);
    visited.forEach((account, index) => {
      places.set(account.id, account);
      // A step `d` before the prospect sits `d` columns left of it, so every path ends in one column.
      const wanted = account.id === graph.prospect.id ? width : width - (visited.length - 1 - index);
      const known = column.get(account.id);
      column.set(account.id, known === undefined ? wanted : Math.min(known, wanted));
      if (!order.includes(account.id)) order.push(account.id);
    });
    const first = own.has(path.start.account.id) ? YOU : path.start.account.id;
    if (first !== YOU) addHop(YOU, first, path.start.strength, false);
    for (const hop of path.hops) {
      addHop(own.has(hop.from.id) ? YOU : hop.from.id, hop.to.id, hop.strength, hop.cold);
    }
  }
  const rows = new Map<number, number>();
  const nodes = order.map((id): ColumnNode => {
    const col = column.get(id)!;
    const row = rows.get(col) ?? 0;
    rows.set(col, row + 1);
    if (id === YOU) return { id, role: 'you', label: 'You', title: 'You', column: 0, row };
    const account = places.get(id)!;
    const node = byId.get(id);
    const isPerson = people.has(id) || (node?.relationship !== undefined && node.relationship !== 'me');
    const personName = people.get(id) || node?.personName?.trim();
    const role: ColumnRole = id === graph.prospect.id ? 'prospect' : isPerson ? 'person' : 'bridge';
    const label = (isPerson && personName) || accountLabel(account);
    return { id, role, label, title: accountTitle(account), column: col, row };
  });
  return { nodes, hops, columns: width + 1, rows: Math.max(...rows.values()) };
}
