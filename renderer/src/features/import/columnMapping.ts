import type { ColumnMappingDto, DetectedImport, NetworkName } from '../../../../common/dto';

/** The mapping being edited for a generic CSV; `list` is '' when the rows are not someone's list. */
export interface MappingDraft {
  kind: ColumnMappingDto['kind'];
  /** Field → column name from the header; only mapped fields are present. */
  columns: Partial<Record<string, string>>;
  defaultNetwork: NetworkName;
  list: '' | 'followers' | 'following';
  delimiter?: ColumnMappingDto['delimiter'];
}

export interface MappingField {
  field: string;
  label: string;
}

/** Fields the user can map, per kind (see main/importers/formats/generic-csv/mapping.ts). */
export const mappingFields: Record<MappingDraft['kind'], readonly MappingField[]> = {
  accounts: [
    { field: 'id', label: 'Account ID' },
    { field: 'handle', label: 'Handle' },
    { field: 'name', label: 'Name' },
    { field: 'bio', label: 'Bio' },
    { field: 'location', label: 'Location' },
    { field: 'url', label: 'Website' },
    { field: 'followers', label: 'Followers' },
    { field: 'following', label: 'Following' },
    { field: 'posts', label: 'Posts' },
    { field: 'createdAt', label: 'Joined' },
    { field: 'network', label: 'Network' },
  ],
  edges: [
    { field: 'followerId', label: 'Follower ID' },
    { field: 'followerHandle', label: 'Follower handle' },
    { field: 'followeeId', label: 'Followed ID' },
    { field: 'followeeHandle', label: 'Followed handle' },
    { field: 'network', label: 'Network' },
  ],
};

export const mappingNetworks: readonly { value: NetworkName; label: string }[] = [
  { value: 'x', label: 'X' },
  { value: 'bluesky', label: 'Bluesky' },
  { value: 'mastodon', label: 'Mastodon' },
];

const squash = (name: string) =>
  name
    .replace(/^\uFEFF/, '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();

/** The header's own spelling of `column`, or null when the header has no such column. */
function inHeader(header: readonly string[], column: string | undefined): string | null {
  if (!column) return null;
  if (header.includes(column)) return column;
  return header.find((name) => squash(name) === squash(column)) ?? null;
}

/** Only the fields of `kind` whose column is in the header. */
function keepKnown(
  header: readonly string[],
  kind: MappingDraft['kind'],
  columns: Partial<Record<string, string>>,
): Partial<Record<string, string>> {
  const kept: Partial<Record<string, string>> = {};
  for (const { field } of mappingFields[kind]) {
    const column = inHeader(header, columns[field]);
    if (column) kept[field] = column;
  }
  return kept;
}

/** The remembered mapping when there is one, else the guess from the column names. */
export function initialMapping(columnMapping: NonNullable<DetectedImport['columnMapping']>): MappingDraft {
  const source = columnMapping.remembered ?? columnMapping.proposal;
  const draft: MappingDraft = {
    kind: source.kind,
    columns: keepKnown(columnMapping.header, source.kind, source.columns),
    defaultNetwork: source.defaultNetwork ?? 'x',
    list: source.kind === 'accounts' ? (source.list ?? '') : '',
  };
  if (source.delimiter) draft.delimiter = source.delimiter;
  return draft;
}

/** Switching between accounts and edges keeps every choice, so switching back loses nothing. */
export function withKind(draft: MappingDraft, kind: MappingDraft['kind']): MappingDraft {
  return { ...draft, kind };
}

/** Maps `field` to `column`, or unmaps it when column is ''. */
export function withColumn(draft: MappingDraft, field: string, column: string): MappingDraft {
  const columns = { ...draft.columns };
  if (column === '') delete columns[field];
  else columns[field] = column;
  return { ...draft, columns };
}

/** Why the mapping cannot be imported yet, or null when the required fields are mapped. */
export function mappingProblem(draft: MappingDraft): string | null {
  const has = (field: string) => !!draft.columns[field];
  if (draft.kind === 'accounts') {
    return has('id') || has('handle') ? null : 'Choose the column with the account ID or the handle.';
  }
  const follower = has('followerId') || has('followerHandle');
  const followee = has('followeeId') || has('followeeHandle');
  if (follower && followee) return null;
  if (!follower && !followee) {
    return 'Choose a column for the follower and one for the followed account (ID or handle).';
  }
  return follower
    ? 'Choose the column with the followed account’s ID or handle.'
    : 'Choose the column with the follower’s ID or handle.';
}

/** The mapping as import.run takes it: only mapped fields, and list only when set. */
export function mappingRequest(draft: MappingDraft): ColumnMappingDto {
  const columns: Partial<Record<string, string>> = {};
  for (const { field } of mappingFields[draft.kind]) {
    const column = draft.columns[field];
    if (column) columns[field] = column;
  }
  const request: ColumnMappingDto = { kind: draft.kind, columns, defaultNetwork: draft.defaultNetwork };
  if (draft.kind === 'accounts' && draft.list !== '') request.list = draft.list;
  if (draft.delimiter) request.delimiter = draft.delimiter;
  return request;
}
