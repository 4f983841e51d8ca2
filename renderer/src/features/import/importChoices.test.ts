import { describe, expect, it } from 'vitest';
import type { DetectedImport } from '../../../../common/dto';
import {
  asksWhoseArchive,
  choiceProblem,
  initialChoice,
  itemProblemText,
  itemsToRun,
  ownerQuestion,
  runArgs,
  type ImportChoice,
} from './importChoices';

function detected(overrides: Partial<DetectedImport> = {}): DetectedImport {
  return {
    path: '/data/honestmvp-2020',
    displayName: 'honestmvp-2020',
    container: 'folder',
    sizeBytes: 1_000_000,
    format: 'x-archive',
    label: 'X archive (2020, tweet.js)',
    summary: '@honestmvp: 22 posts',
    owner: '@honestmvp',
    needsListOwner: null,
    needsRelationship: false,
    alreadyImportedAt: null,
    error: null,
    ...overrides,
  };
}

describe('initialChoice', () => {
  it('selects a new, recognised archive and assumes it is the user’s own', () => {
    expect(initialChoice(detected())).toEqual({ selected: true, listOwner: '', relationship: 'me' });
  });

  it('leaves a repeat and an unrecognised file unselected', () => {
    expect(initialChoice(detected({ alreadyImportedAt: '2026-01-01T00:00:00Z' })).selected).toBe(false);
    expect(initialChoice(detected({ format: null, error: 'notes.txt: not a file…' })).selected).toBe(false);
  });

  it('gives contacts no relationship until the user picks one', () => {
    const contacts = detected({ format: 'vcard', owner: null, needsRelationship: true });
    expect(initialChoice(contacts).relationship).toBe('');
    expect(choiceProblem(contacts, initialChoice(contacts))?.field).toBe('relationship');
  });
});

describe('choiceProblem', () => {
  const list = detected({ format: 'twarc2', owner: null, needsListOwner: 'followers' });

  it('asks whose list an ownerless followers list is', () => {
    const problem = choiceProblem(list, { selected: true, listOwner: '  ', relationship: '' });
    expect(problem?.field).toBe('listOwner');
    expect(problem?.message).toContain('followers list');
    expect(choiceProblem(list, { selected: true, listOwner: '@dana', relationship: '' })).toBeNull();
  });

  it('asks whose likes a likes file without an owner holds', () => {
    const likes = detected({ format: 'mastodon', owner: null, needsListOwner: 'likes' });
    const problem = choiceProblem(likes, { selected: true, listOwner: '', relationship: '' });
    expect(problem).toEqual({
      field: 'listOwner',
      message: 'Name the account whose likes these are, such as @dana.',
    });
    expect(
      runArgs(likes, { selected: true, listOwner: '@dana@mastodon.social', relationship: 'me' }),
    ).toMatchObject({
      listOwner: '@dana@mastodon.social',
    });
  });

  it('does not nag about items that will not be imported', () => {
    expect(choiceProblem(list, { selected: false, listOwner: '', relationship: '' })).toBeNull();
  });
});

describe('runArgs', () => {
  it('passes only what the item needs', () => {
    expect(runArgs(detected(), { selected: true, listOwner: 'ignored', relationship: 'colleague' })).toEqual({
      path: '/data/honestmvp-2020',
      format: 'x-archive',
      relationship: 'colleague',
    });
    const list = detected({ format: 'twarc2', owner: null, needsListOwner: 'following' });
    expect(runArgs(list, { selected: true, listOwner: ' @dana ', relationship: 'me' })).toEqual({
      path: '/data/honestmvp-2020',
      format: 'twarc2',
      listOwner: '@dana',
    });
  });

  it('only asks whose archive it is for archives with a known owner', () => {
    expect(asksWhoseArchive(detected())).toBe(true);
    expect(asksWhoseArchive(detected({ owner: null }))).toBe(false);
    expect(asksWhoseArchive(detected({ format: 'twarc2' }))).toBe(false);
  });
});

describe('itemsToRun', () => {
  it('runs the selected items in order and holds back while one lacks an answer', () => {
    const archive = detected();
    const contacts = detected({ path: '/data/c.vcf', format: 'vcard', owner: null, needsRelationship: true });
    const choices = new Map<string, ImportChoice>([
      [contacts.path, { selected: true, listOwner: '', relationship: '' }],
    ]);
    expect(itemsToRun([archive, contacts], choices)).toBeNull();
    choices.set(contacts.path, { selected: true, listOwner: '', relationship: 'customer' });
    expect(itemsToRun([archive, contacts], choices)?.map(({ item }) => item.path)).toEqual([
      '/data/honestmvp-2020',
      '/data/c.vcf',
    ]);
  });

  it('has nothing to run when nothing is selected', () => {
    const repeat = detected({ alreadyImportedAt: '2026-01-01T00:00:00Z' });
    expect(itemsToRun([repeat], new Map())).toBeNull();
  });
});

describe('itemProblemText', () => {
  it('names the file once', () => {
    const notes = detected({
      displayName: 'notes.txt',
      format: null,
      error: 'notes.txt: not a file Inside Track can import.',
    });
    expect(itemProblemText(notes)).toBe('notes.txt: not a file Inside Track can import.');
    const broken = detected({ displayName: 'a.zip', format: null, error: 'The ZIP is damaged.' });
    expect(itemProblemText(broken)).toBe('a.zip: The ZIP is damaged.');
  });
});

describe('a list whose file names its owner only by id', () => {
  const following = detected({
    format: 'twarc2',
    owner: '12345',
    unnamedOwner: { list: 'following', id: '12345', name: 'X account id 12345 (name unknown)' },
  });

  it('asks who it is, without making the answer required: skipped, the owner stays unnamed', () => {
    const skipped = initialChoice(following);
    expect(choiceProblem(following, skipped)).toBeNull();
    expect(runArgs(following, skipped)).toEqual({ path: following.path, format: 'twarc2' });
    expect(ownerQuestion(following)).toBe('This is the following list of account id 12345; whose is it?');
  });

  it('passes the answer to import.run as the list owner', () => {
    const named = { ...initialChoice(following), listOwner: ' @acme_ceo ' };
    expect(runArgs(following, named)).toEqual({
      path: following.path,
      format: 'twarc2',
      listOwner: '@acme_ceo',
    });
    const likes = detected({
      format: 'twarc2',
      unnamedOwner: { list: 'likes', id: '9', name: 'X account id 9 (name unknown)' },
    });
    expect(ownerQuestion(likes)).toBe('These are the likes of account id 9; whose are they?');
  });
});
