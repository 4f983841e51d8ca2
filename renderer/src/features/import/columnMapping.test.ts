import { describe, expect, it } from 'vitest';
import type { DetectedImport } from '../../../../common/dto';
import {
  initialMapping,
  mappingProblem,
  mappingRequest,
  withColumn,
  withKind,
  type MappingDraft,
} from './columnMapping';
import { choiceProblem, initialChoice, runArgs } from './importChoices';

const header = ['screen_name', 'display name', 'bio text', 'follower count'];

function detectedMapping(
  overrides: Partial<NonNullable<DetectedImport['columnMapping']>> = {},
): NonNullable<DetectedImport['columnMapping']> {
  return {
    header,
    proposal: {
      kind: 'accounts',
      columns: { handle: 'screen_name', name: 'display name', followers: 'follower count' },
      defaultNetwork: 'x',
      confidence: 0.85,
    },
    remembered: null,
    confident: true,
    ...overrides,
  };
}

function csvItem(columnMapping = detectedMapping()): DetectedImport {
  return {
    path: '/data/people.csv',
    displayName: 'people.csv',
    container: 'file',
    sizeBytes: 120,
    format: 'generic-csv',
    label: 'CSV',
    summary: '3 rows',
    owner: null,
    needsListOwner: null,
    needsRelationship: false,
    alreadyImportedAt: null,
    error: null,
    columnMapping,
  };
}

describe('initialMapping', () => {
  it('starts from the proposal when nothing is remembered', () => {
    expect(initialMapping(detectedMapping())).toEqual({
      kind: 'accounts',
      columns: { handle: 'screen_name', name: 'display name', followers: 'follower count' },
      defaultNetwork: 'x',
      list: '',
    });
  });

  it('prefers the remembered mapping, in the header’s spelling, and drops unknown columns', () => {
    const draft = initialMapping(
      detectedMapping({
        remembered: {
          kind: 'accounts',
          columns: { handle: 'SCREEN_NAME', bio: 'bio text', url: 'website' },
          defaultNetwork: 'bluesky',
          list: 'followers',
        },
      }),
    );
    expect(draft).toEqual({
      kind: 'accounts',
      columns: { handle: 'screen_name', bio: 'bio text' },
      defaultNetwork: 'bluesky',
      list: 'followers',
    });
  });
});

describe('mappingProblem', () => {
  const accounts: MappingDraft = { kind: 'accounts', columns: {}, defaultNetwork: 'x', list: '' };

  it('needs an id or a handle for accounts', () => {
    expect(mappingProblem(accounts)).toMatch(/ID or the handle/);
    expect(mappingProblem(withColumn(accounts, 'handle', 'screen_name'))).toBeNull();
    expect(mappingProblem(withColumn(accounts, 'id', 'screen_name'))).toBeNull();
  });

  it('needs both sides of an edge', () => {
    const edges: MappingDraft = { ...accounts, kind: 'edges' };
    expect(mappingProblem(edges)).toMatch(/follower and one for the followed/);
    const follower = withColumn(edges, 'followerHandle', 'screen_name');
    expect(mappingProblem(follower)).toMatch(/followed account/);
    expect(mappingProblem(withColumn(follower, 'followeeId', 'bio text'))).toBeNull();
  });

  it('unmapping a field with "" makes it missing again', () => {
    const mapped = withColumn(accounts, 'handle', 'screen_name');
    expect(withColumn(mapped, 'handle', '').columns).toEqual({});
  });
});

describe('withKind', () => {
  it('keeps the other kind’s choices for switching back, but sends only the current kind’s', () => {
    const draft: MappingDraft = {
      kind: 'accounts',
      columns: { handle: 'screen_name', network: 'bio text' },
      defaultNetwork: 'x',
      list: 'following',
    };
    const edges = withKind(draft, 'edges');
    expect(mappingRequest(edges)).toEqual({
      kind: 'edges',
      columns: { network: 'bio text' },
      defaultNetwork: 'x',
    });
    expect(mappingProblem(edges)).not.toBeNull();
    expect(withKind(edges, 'accounts')).toEqual(draft);
  });
});

describe('mappingRequest', () => {
  it('sends only mapped fields, and the list only when set', () => {
    const draft: MappingDraft = {
      kind: 'accounts',
      columns: { handle: 'screen_name', name: '', bio: 'bio text' },
      defaultNetwork: 'mastodon',
      list: '',
    };
    expect(mappingRequest(draft)).toEqual({
      kind: 'accounts',
      columns: { handle: 'screen_name', bio: 'bio text' },
      defaultNetwork: 'mastodon',
    });
    expect(mappingRequest({ ...draft, list: 'followers' }).list).toBe('followers');
  });
});

describe('import choices with a column mapping', () => {
  it('prefills the mapping and passes it to import.run', () => {
    const item = csvItem();
    const choice = initialChoice(item);
    expect(choiceProblem(item, choice)).toBeNull();
    expect(runArgs(item, choice)).toEqual({
      path: '/data/people.csv',
      format: 'generic-csv',
      columnMapping: {
        kind: 'accounts',
        columns: { handle: 'screen_name', name: 'display name', followers: 'follower count' },
        defaultNetwork: 'x',
      },
    });
  });

  it('counts an incomplete mapping as a question still open', () => {
    const item = csvItem(
      detectedMapping({
        proposal: { kind: 'accounts', columns: { name: 'display name' }, confidence: 0 },
        confident: false,
      }),
    );
    expect(choiceProblem(item, initialChoice(item))?.field).toBe('mapping');
  });

  it('asks whose list it is once the rows are marked as a list, and sends the owner', () => {
    const item = csvItem();
    const base = initialChoice(item);
    const choice = { ...base, mapping: { ...base.mapping!, list: 'following' as const } };
    const problem = choiceProblem(item, choice);
    expect(problem?.field).toBe('listOwner');
    expect(problem?.message).toContain('following list');
    const answered = { ...choice, listOwner: ' @dana ' };
    expect(choiceProblem(item, answered)).toBeNull();
    const args = runArgs(item, answered);
    expect(args.listOwner).toBe('@dana');
    expect(args.columnMapping).toMatchObject({ list: 'following' });
  });
});
