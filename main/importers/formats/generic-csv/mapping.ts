import type { Network } from '../../records';

/**
 * How the columns of some tool's CSV map to our fields. The app proposes one from the header
 * (proposeMapping), the user corrects it, and it is remembered per header shape (headerShape).
 */

import {
  accountFields,
  columnMappingSchema,
  edgeFields,
  type AccountField,
  type ColumnMapping,
  type EdgeField,
  type MappedField,
} from '../../../../common/column-mapping';

export {
  accountFields,
  columnMappingSchema,
  edgeFields,
  type AccountField,
  type ColumnMapping,
  type EdgeField,
  type MappedField,
};

export interface ProposedMapping extends ColumnMapping {
  /** 0 (no idea) to 1 (every key field found by an unambiguous name). */
  confidence: number;
}

/** Column names compared as lower-case letters and digits only: `Followers Count` = `followers_count`. */
function squash(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** A header's identity for remembering a mapping: names normalized, sorted, joined by '|'. */
export function headerShape(header: string[]): string {
  return header
    .map((name) =>
      name
        .replace(/^\uFEFF/, '')
        .trim()
        .replace(/\s+/g, ' ')
        .toLowerCase(),
    )
    .sort()
    .join('|');
}

/** Names tools give each field (squashed), most telling first. */
const SYNONYMS: Record<MappedField, string[]> = {
  network: ['network', 'platform', 'service', 'socialnetwork'],
  id: ['id', 'userid', 'accountid', 'idstr', 'twitterid', 'uid', 'did', 'userdid', 'profileid', 'authorid'],
  handle: [
    'username',
    'screenname',
    'handle',
    'userscreenname',
    'userhandle',
    'twitterhandle',
    'acct',
    'accountaddress',
    'authorusername',
    'login',
    'user',
    'account',
  ],
  name: ['name', 'displayname', 'fullname', 'authorname', 'profilename'],
  bio: [
    'bio',
    'description',
    'about',
    'summary',
    'userdescription',
    'authordescription',
    'profiledescription',
  ],
  location: ['location', 'userlocation', 'authorlocation'],
  url: ['url', 'website', 'homepage', 'link', 'userurl', 'authorurl', 'web'],
  followers: ['followers', 'followerscount', 'followercount', 'numfollowers', 'publicmetricsfollowerscount'],
  following: [
    'following',
    'followingcount',
    'friends',
    'friendscount',
    'follows',
    'followscount',
    'publicmetricsfollowingcount',
  ],
  posts: [
    'posts',
    'postscount',
    'tweets',
    'tweetcount',
    'tweetscount',
    'statuses',
    'statusescount',
    'publicmetricstweetcount',
  ],
  createdAt: [
    'createdat',
    'created',
    'joined',
    'joindate',
    'accountcreated',
    'usercreatedat',
    'authorcreatedat',
  ],
  followerId: ['followerid', 'followeruserid', 'sourceid', 'fromid'],
  followerHandle: [
    'followerusername',
    'followerhandle',
    'followerscreenname',
    'sourceusername',
    'sourcehandle',
    'fromusername',
    'fromhandle',
    'follower',
    'source',
    'from',
  ],
  followeeId: ['followeeid', 'followeeuserid', 'followingid', 'targetid', 'toid', 'friendid'],
  followeeHandle: [
    'followeeusername',
    'followeehandle',
    'followeescreenname',
    'followingusername',
    'followinghandle',
    'targetusername',
    'targethandle',
    'tousername',
    'tohandle',
    'friendusername',
    'friendscreenname',
    'followee',
    'target',
    'to',
  ],
};

/** Bare names that often mean something else: a match on them lowers the confidence. */
const VAGUE = new Set([
  'user',
  'account',
  'link',
  'web',
  'follower',
  'source',
  'from',
  'followee',
  'target',
  'to',
]);

interface Match {
  column: string;
  vague: boolean;
}

interface ColumnForms {
  column: string;
  whole: string;
  last: string;
  prefix: string;
}

function formsOf(header: string[]): ColumnForms[] {
  return header.map((column) => {
    const dot = column.lastIndexOf('.');
    return {
      column,
      whole: squash(column),
      last: squash(column.slice(dot + 1)),
      prefix: column.slice(0, dot + 1),
    };
  });
}

/**
 * The dotted prefix of the account a flattened JSON export describes (`author.` in twarc-csv's
 * `author.username`), so that `author.id` wins over the tweet's own `id`.
 */
function accountPrefix(forms: ColumnForms[]): string {
  const handleNames = SYNONYMS.handle.filter((s) => !VAGUE.has(s));
  return forms.find((f) => f.prefix && handleNames.includes(f.last))?.prefix ?? '';
}

/** The first column each field's synonyms name: under the account prefix, then whole name, then a dotted path's last part. */
function matchFields(header: string[], fields: readonly MappedField[]): Partial<Record<MappedField, Match>> {
  const used = new Set<string>();
  const matches: Partial<Record<MappedField, Match>> = {};
  const forms = formsOf(header);
  const prefix = accountPrefix(forms);
  const free = (f: ColumnForms) => !used.has(f.column);
  for (const field of fields) {
    for (const synonym of SYNONYMS[field]) {
      const hit =
        (prefix ? forms.find((f) => free(f) && f.prefix === prefix && f.last === synonym) : undefined) ??
        forms.find((f) => free(f) && f.whole === synonym) ??
        forms.find((f) => free(f) && f.last === synonym && f.whole !== f.last);
      if (hit) {
        used.add(hit.column);
        matches[field] = {
          column: hit.column,
          vague: VAGUE.has(synonym) || (hit.whole !== synonym && hit.prefix !== prefix),
        };
        break;
      }
    }
  }
  return matches;
}

function guessNetwork(header: string[]): Network {
  const names = header.map(squash);
  if (names.some((n) => n === 'did' || n.endsWith('did'))) return 'bluesky';
  if (names.some((n) => n === 'acct' || n === 'accountaddress')) return 'mastodon';
  return 'x';
}

function columnsOf(matches: Partial<Record<MappedField, Match>>): ColumnMapping['columns'] {
  const columns: ColumnMapping['columns'] = {};
  for (const [field, match] of Object.entries(matches) as [MappedField, Match][])
    columns[field] = match.column;
  return columns;
}

/** A first guess at the mapping from the header's names alone. */
export function proposeMapping(header: string[]): ProposedMapping {
  const defaultNetwork = guessNetwork(header);
  const edges = matchFields(header, edgeFields);
  const followerSide = edges.followerId ?? edges.followerHandle;
  const followeeSide = edges.followeeId ?? edges.followeeHandle;
  if (followerSide && followeeSide) {
    const vague = followerSide.vague || followeeSide.vague;
    return { kind: 'edges', columns: columnsOf(edges), defaultNetwork, confidence: vague ? 0.6 : 0.9 };
  }
  const accounts = matchFields(header, accountFields);
  const keys = [accounts.id, accounts.handle].filter((m): m is Match => !!m);
  if (keys.length === 0)
    return { kind: 'accounts', columns: columnsOf(accounts), defaultNetwork, confidence: 0 };
  const extras = Object.keys(accounts).length - keys.length;
  const vague = Object.values(accounts).some((m) => m?.vague);
  const confidence = Math.min(1, 0.55 + 0.1 * keys.length + 0.1 * Math.min(3, extras) - (vague ? 0.2 : 0));
  return {
    kind: 'accounts',
    columns: columnsOf(accounts),
    defaultNetwork,
    confidence: Math.round(confidence * 100) / 100,
  };
}
