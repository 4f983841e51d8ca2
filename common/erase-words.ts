import type { EraseCountsDto } from './dto';

const KINDS: [keyof EraseCountsDto, string, string][] = [
  ['accounts', 'account', 'accounts'],
  ['people', 'person', 'people'],
  ['posts', 'post', 'posts'],
  ['likes', 'like', 'likes'],
  ['follows', 'follow', 'follows'],
  [
    'mentions',
    'mention in others’ posts and profiles, redacted',
    'mentions in others’ posts and profiles, redacted',
  ],
  ['prospects', 'prospect entry and its note', 'prospect entries and their notes'],
  ['categories', 'category place or rule', 'category places and rules'],
  ['links', 'link to a person', 'links to people'],
  ['savedSearches', 'saved search that names them', 'saved searches that name them'],
  ['personFacts', 'fact about a person', 'facts about people'],
  ['merges', 'merge record with their old details', 'merge records with their old details'],
  ['imports', 'import that held only them', 'imports that held only them'],
];

/** What goes, one line per kind that has any, in the user's words: "1,204 follows". */
export function eraseLines(counts: EraseCountsDto): string[] {
  return KINDS.filter(([kind]) => counts[kind] > 0).map(
    ([kind, one, many]) => `${counts[kind].toLocaleString('en-US')} ${counts[kind] === 1 ? one : many}`,
  );
}

/** Counts of an erase that removed nothing yet. */
export function nothingErased(): EraseCountsDto {
  return {
    accounts: 0,
    posts: 0,
    likes: 0,
    follows: 0,
    mentions: 0,
    notesMentioning: 0,
    notesRedacted: 0,
    categories: 0,
    links: 0,
    prospects: 0,
    savedSearches: 0,
    imports: 0,
    people: 0,
    personFacts: 0,
    merges: 0,
  };
}
