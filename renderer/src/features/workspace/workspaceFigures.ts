import type { TableCounts } from '../../../../common/dto';

export interface WorkspaceFigure {
  /** The table (or the people figure of workspace.stats) the count comes from, also a stable key for tests. */
  table: string;
  /** Figures about the imported network come first, then the user's people, then their own work. */
  group: 'network' | 'people' | 'research';
  label: string;
  description: string;
  value: number | null;
}

/** The tables worth a figure on the overview, in the order a user thinks about them. */
const figures: readonly Omit<WorkspaceFigure, 'value'>[] = [
  { table: 'accounts', group: 'network', label: 'Accounts', description: 'Profiles seen in your imports' },
  { table: 'follows', group: 'network', label: 'Follows', description: 'Who follows whom' },
  { table: 'posts', group: 'network', label: 'Posts', description: 'Posts, replies, reposts and quotes' },
  { table: 'likes', group: 'network', label: 'Likes', description: 'Posts liked by an account' },
  { table: 'contacts', group: 'people', label: 'People', description: 'Your contacts, yourself not counted' },
  {
    table: 'contacts_linked',
    group: 'people',
    label: 'Linked',
    description: 'People whose account you confirmed',
  },
  {
    table: 'link_suggestions',
    group: 'people',
    label: 'To review',
    description: 'Suggested accounts to accept or reject',
  },
  { table: 'prospects', group: 'research', label: 'Prospects', description: 'Accounts you want to reach' },
  { table: 'sources', group: 'research', label: 'Imports', description: 'Files imported so far' },
];

/** The overview's figures; null values while the counts are loading. A missing table counts 0. */
export function workspaceFigures(counts: TableCounts | null): WorkspaceFigure[] {
  return figures.map((figure) => ({
    ...figure,
    value: counts === null ? null : (counts[figure.table] ?? 0),
  }));
}

export function isEmptyWorkspace(counts: TableCounts | null): boolean {
  return counts !== null && figures.every((figure) => (counts[figure.table] ?? 0) === 0);
}
