import type { CostEstimateDto, DataWayDto } from '../../common/gaps-dto';

/**
 * How a user gets each kind of data themselves: the one place the guide's texts, menu paths,
 * commands and prices live, so they can be checked and kept current together. Inside Track never
 * fetches anything: these are instructions it prints.
 */
export const GUIDE_CHECKED = '2026-12-03';

/**
 * X API pay-per-use prices and rate limits as checked on GUIDE_CHECKED. Prices change: the panel
 * shows this date beside every estimate.
 */
export const X_API_TABLE = {
  checked: GUIDE_CHECKED,
  followers: { dollarsPerRecord: 0.01, perPage: 1000, requestsPer15Min: 15, noun: 'follower records' },
  following: { dollarsPerRecord: 0.01, perPage: 1000, requestsPer15Min: 15, noun: 'following records' },
  posts: { dollarsPerRecord: 0.005, perPage: 100, requestsPer15Min: 900, noun: 'posts' },
  likes: { dollarsPerRecord: 0.005, perPage: 100, requestsPer15Min: 75, noun: 'liked posts' },
} as const;

/** X's timeline endpoint returns only an account's newest 3,200 posts. */
export const X_TIMELINE_LIMIT = 3200;

export type XList = 'followers' | 'following' | 'posts' | 'likes';

/** Who a way is for: an account as the workspace knows it. */
export interface GuideTarget {
  network: string;
  handle: string | null;
  /** X numeric id or Bluesky DID, when known. */
  networkId: string | null;
  /** Records a fetch would bring (missing ones, or the stated count). */
  records: number;
}

const count = (n: number) => n.toLocaleString('en-US');
const dollars = (n: number) =>
  n.toLocaleString('en-US', {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: 2,
    maximumFractionDigits: 3,
  });

function minutesText(minutes: number): string {
  if (minutes < 1) return 'under a minute';
  if (minutes < 90) return `about ${Math.ceil(minutes)} minutes`;
  const hours = minutes / 60;
  return hours < 48 ? `about ${Math.round(hours)} hours` : `about ${Math.round(hours / 24)} days`;
}

/** What fetching `records` of a list through the X API costs, and how long the rate limits make it. */
export function xApiCost(list: XList, records: number): CostEstimateDto {
  const row = X_API_TABLE[list];
  const fetched = list === 'posts' ? Math.min(records, X_TIMELINE_LIMIT) : records;
  const cost = Math.round(fetched * row.dollarsPerRecord * 100) / 100;
  const requests = Math.ceil(fetched / row.perPage);
  const minutes = (requests / row.requestsPer15Min) * 15;
  return {
    records: fetched,
    dollars: cost,
    minutes,
    pricesChecked: X_API_TABLE.checked,
    text:
      `About ${dollars(cost)} for ${count(fetched)} ${row.noun} at ${dollars(row.dollarsPerRecord)} each, ` +
      `and ${minutesText(minutes)} under the rate limit of ${row.requestsPer15Min} requests per 15 minutes ` +
      `(X API pay-per-use prices as checked on ${X_API_TABLE.checked}; prices change, check the X developer console before you start).`,
  };
}

export const dropStep = (fileName: string) =>
  `Drop ${fileName} on the Inside Track window (or use Import…): it is imported as it is, nothing is sent anywhere.`;

const TWARC_SETUP =
  'Install twarc (pip install twarc) and run twarc2 configure once with the bearer token of your X developer account (developer.x.com).';

/** A file name from the handle: the user can tell the files apart in their Downloads folder. */
function filePrefix(target: GuideTarget): string {
  return (target.handle ?? target.networkId ?? 'account').replace(/[^\w.-]+/g, '_');
}

const TWARC_COMMAND: Record<XList, string> = {
  followers: 'followers',
  following: 'following',
  posts: 'timeline',
  likes: 'liked-tweets',
};

const TWARC_HOLDS: Record<XList, string> = {
  followers: 'Every account that follows them, with its profile (name, bio, location, counts).',
  following: 'Every account they follow, with its profile.',
  posts: `Their newest posts (X returns at most ${count(X_TIMELINE_LIMIT)}), with replies, reposts and quotes.`,
  likes: 'The posts they liked, with their authors; X gives no date for a like.',
};

/** `twarc2 followers 12345 acme-followers.jsonl`: the id when known, else the handle. */
export function twarcWay(list: XList, target: GuideTarget): DataWayDto {
  const who = target.networkId ?? target.handle ?? '<handle>';
  const fileName = `${filePrefix(target)}-${list}.jsonl`;
  const owner = target.handle ? `@${target.handle}` : 'the account';
  const steps = [
    TWARC_SETUP,
    'Run the command below in a terminal; it pages through the list and writes one line per page.',
    dropStep(fileName),
  ];
  if (!target.networkId && (list === 'followers' || list === 'following' || list === 'likes'))
    steps.push(`If Inside Track asks whose list the file is, answer ${owner}.`);
  return {
    id: `twarc2-${list}`,
    title: `X API with twarc2 (${TWARC_COMMAND[list]})`,
    steps,
    commands: [`twarc2 ${TWARC_COMMAND[list]} ${who} ${fileName}`],
    fileName,
    holds: TWARC_HOLDS[list],
    // Without the profile's count there is nothing to multiply: the price table still shows per record.
    ...(target.records > 0 ? { cost: xApiCost(list, target.records) } : {}),
  };
}

/** The user's own X archive: what it holds, and what it does not. */
export function xArchiveWay(): DataWayDto {
  return {
    id: 'x-archive',
    title: 'Your own X archive',
    steps: [
      'On x.com: More › Settings and privacy › Your account › Download an archive of your data; confirm your password.',
      'X e-mails a link when it is ready (usually within a day or two); download the ZIP.',
      dropStep('twitter-YYYY-MM-DD-<hash>.zip'),
    ],
    commands: ['https://x.com/settings/download_your_data'],
    fileName: 'twitter-YYYY-MM-DD-<hash>.zip',
    holds:
      'Your own posts, likes, direct-message metadata, and the accounts you follow and that follow you, by numeric id.',
    lacks:
      'Handles, names and bios of the accounts you follow or that follow you (only their ids), and nothing of other accounts’ lists.',
  };
}

/** `goat repo export`: any public Bluesky account's repository (follows, posts, likes, reposts). */
export function blueskyRepoWay(target: GuideTarget): DataWayDto {
  const handle = target.handle ?? '<handle>';
  const did = target.networkId?.startsWith('did:') ? target.networkId : null;
  const fileName = `${handle}.<date-time>.car`;
  return {
    id: 'bluesky-repo',
    title: 'Bluesky repository (goat or getRepo)',
    steps: [
      'Install goat, the atproto command line (github.com/bluesky-social/goat), and run the first command; or open the URL on the account’s PDS (the host named in its DID document on plc.directory).',
      dropStep(fileName),
    ],
    commands: [
      `goat repo export ${handle}`,
      did
        ? `https://<their PDS host>/xrpc/com.atproto.sync.getRepo?did=${did}`
        : `https://bsky.social/xrpc/com.atproto.identity.resolveHandle?handle=${handle}`,
      ...(did ? [`https://plc.directory/${did}`] : []),
    ],
    fileName,
    holds: 'Everything the account published: posts, reposts, likes and whom it follows.',
    lacks:
      'Its followers: each follow lives in the follower’s own repository. The public AppView lists them (app.bsky.graph.getFollowers), but Inside Track does not read that answer yet; export the repositories of the followers who matter instead.',
  };
}

export function blueskyFollowersNote(target: GuideTarget): DataWayDto {
  const handle = target.handle ?? '<handle>';
  return {
    id: 'bluesky-followers',
    title: 'Bluesky followers are not in a repository',
    steps: [
      'A Bluesky follow is stored in the follower’s repository, not in the followed account’s, so no export of theirs holds their followers.',
      'The public list is paged at the URL below (100 at a time); Inside Track does not import that JSON yet. Export the repositories of the followers who matter to you (goat repo export <their handle>) and drop those.',
    ],
    commands: [`https://public.api.bsky.app/xrpc/app.bsky.graph.getFollowers?actor=${handle}&limit=100`],
    fileName: '<follower handle>.<date-time>.car',
    holds: 'Each follower’s repository holds their follow of this account.',
  };
}

/** Mastodon exports only the user's own account. */
export function mastodonOwnWay(): DataWayDto {
  return {
    id: 'mastodon-export',
    title: 'Your own Mastodon export',
    steps: [
      'On your server: Preferences › Import and export › Data export › Request your archive; download it when the page offers it.',
      'On the same page, download Follows (CSV) for the accounts you follow.',
      dropStep('archive-YYYYMMDDhhmmss-<hash>.tar.gz'),
    ],
    commands: ['https://<your server>/settings/export'],
    fileName: 'archive-YYYYMMDDhhmmss-<hash>.tar.gz and following_accounts.csv',
    holds: 'Your posts (outbox.json), your likes, your profile (actor.json); the CSV holds whom you follow.',
    lacks:
      'Your followers (only their number) and anything of other accounts: Mastodon exports only your own.',
  };
}

/** A Mastodon prospect's lists: no file of theirs can be had. */
export function mastodonOthersNote(): DataWayDto {
  return {
    id: 'mastodon-others',
    title: 'Another Mastodon account’s lists',
    steps: [
      'Mastodon exports only the signed-in user’s own data, so there is no file of another account’s followers or posts to get.',
      'If they are your colleague or customer, ask them for their own export (above) and import it with that relationship.',
    ],
    commands: [],
    fileName: 'archive-YYYYMMDDhhmmss-<hash>.tar.gz',
    holds: 'Their own export, if they share it.',
  };
}

export function linkedInWay(forColleague: boolean): DataWayDto {
  return {
    id: forColleague ? 'linkedin-colleague' : 'linkedin-export',
    title: forColleague ? 'Their LinkedIn connections, if they agree' : 'Your LinkedIn data',
    steps: [
      `${forColleague ? 'They open' : 'Open'} LinkedIn: Me › Settings & Privacy › Data privacy › Get a copy of your data; choose Connections (ready in about ten minutes) or the larger archive (up to a day).`,
      'LinkedIn e-mails a link; download the ZIP.',
      forColleague
        ? 'Import their Connections.csv choosing the relationship that fits (these are their contacts, not yours).'
        : dropStep('Basic_LinkedInDataExport_MM-DD-YYYY.zip'),
    ],
    commands: ['https://www.linkedin.com/mypreferences/d/download-my-data'],
    fileName: 'Basic_LinkedInDataExport_MM-DD-YYYY.zip (Connections.csv inside)',
    holds:
      'Connections (name, company, position, connected on, e-mail when they share it); the larger archive adds messages and positions.',
    lacks: 'Whom your connections know, and the e-mail of those who hide it.',
  };
}

export function contactsWays(): DataWayDto[] {
  return [
    linkedInWay(false),
    {
      id: 'google-contacts',
      title: 'Google Contacts',
      steps: ['contacts.google.com › Export › Google CSV.', dropStep('contacts.csv')],
      commands: ['https://contacts.google.com'],
      fileName: 'contacts.csv',
      holds: 'Names, companies, positions, e-mails, addresses and notes of your contacts.',
    },
    {
      id: 'apple-contacts',
      title: 'Apple Contacts or Outlook',
      steps: [
        'Apple Contacts: select the contacts, File › Export › Export vCard…; Outlook: People › Manage contacts › Export contacts (CSV, read through a column mapping).',
        dropStep('the .vcf or .csv file'),
      ],
      commands: [],
      fileName: '<name> and N others.vcf, or contacts.csv',
      holds: 'The same fields as your address book holds.',
    },
  ];
}

/** Mail and calendar metadata; `importable` is false while this version cannot read them. */
export function mailWays(kind: 'mail' | 'calendar', importable: boolean): DataWayDto[] {
  const later = importable
    ? dropStep
    : (file: string) => `Keep ${file}: this version of Inside Track cannot import it yet.`;
  if (kind === 'mail') {
    return [
      {
        id: 'takeout-mail',
        title: 'Gmail with Google Takeout',
        steps: [
          'takeout.google.com › Deselect all › Mail › Next step › Create export.',
          later('the .mbox file'),
        ],
        commands: ['https://takeout.google.com'],
        fileName: 'All mail Including Spam and Trash.mbox (in takeout-YYYYMMDDThhmmssZ-001.zip)',
        holds: 'Every message; Inside Track keeps only who wrote to whom and when.',
      },
      {
        id: 'apple-outlook-mail',
        title: 'Apple Mail or Outlook',
        steps: [
          'Apple Mail: select a mailbox, Mailbox › Export Mailbox…. Outlook exports to .pst (File › Open & Export › Import/Export), which Inside Track does not read: add the account to Apple Mail or use Google Takeout instead.',
          later('the .mbox folder'),
        ],
        commands: [],
        fileName: '<mailbox>.mbox',
        holds: 'The mailbox’s messages.',
      },
    ];
  }
  return [
    {
      id: 'takeout-calendar',
      title: 'Google Calendar with Google Takeout',
      steps: [
        'takeout.google.com › Deselect all › Calendar › Next step › Create export.',
        later('the .ics files'),
      ],
      commands: ['https://takeout.google.com'],
      fileName: '<calendar name>.ics (in takeout-YYYYMMDDThhmmssZ-001.zip)',
      holds: 'Events with their times and attendees; Inside Track keeps who met whom and when.',
    },
    {
      id: 'apple-outlook-calendar',
      title: 'Apple Calendar or Outlook',
      steps: [
        'Apple Calendar: select the calendar, File › Export › Export…; Outlook: File › Save Calendar (classic) or Settings › Calendar › Shared calendars › Publish (web).',
        later('the .ics file'),
      ],
      commands: [],
      fileName: '<calendar name>.ics',
      holds: 'Events with their times and attendees.',
    },
  ];
}
