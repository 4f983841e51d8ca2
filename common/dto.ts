/** Plain data that crosses the API. No behaviour, no runtime imports. */

export type HostKind = 'electron' | 'web' | 'memory';

export interface AppInfo {
  name: string;
  version: string;
  host: HostKind;
  platform: string;
  /** Folder proposed for new workspaces. */
  workspacesDir: string;
  /** Folder that holds settings and the recent list. */
  dataDir: string;
  sqliteVersion: string;
}

export interface WorkspaceInfo {
  path: string;
  name: string;
  schemaVersion: number;
  createdAt: string;
  sizeBytes: number;
  /** Opened with a passphrase (issue 14). */
  encrypted: boolean;
}

export interface RecentWorkspace {
  path: string;
  name: string;
  lastOpenedAt: string;
  /** null when the file is gone since it was last opened. */
  sizeBytes: number | null;
  exists: boolean;
  /** The file is not plain SQLite: opening it asks for its passphrase. */
  encrypted: boolean;
}

export interface ProspectSummary {
  id: number;
  accountId: number;
  handle: string | null;
  name: string | null;
  network: string;
  addedAt: string;
}

/** Row counts per table, keyed by table name. */
export type TableCounts = Record<string, number>;

export interface PaneLayout {
  sidebarWidth: number;
  notesWidth: number;
  sidebarVisible: boolean;
  notesVisible: boolean;
  zoom: number;
}

/** How the graph view draws: Cytoscape's canvas renderer, or the same with WebGL. */
export interface GraphSettings {
  webgl: boolean;
}

export interface Settings {
  layout: PaneLayout;
  graph: GraphSettings;
}

export interface Progress {
  /** Short phase label for the user, such as "Reading followers". */
  phase: string;
  done: number;
  /** null when the total is not known yet. */
  total: number | null;
}

export type MenuCommand =
  // File › Restore from Backup… (issue 14).
  | 'backups.restore'
  | 'workspace.new'
  | 'workspace.open'
  | 'workspace.close'
  | 'import.open'
  | 'brief.export'
  | 'view.toggleSidebar'
  | 'view.toggleNotes'
  | 'help.about'
  // The command palette, the quick switcher and the main area's views (issue 15).
  | 'palette.commands'
  | 'palette.goTo'
  | 'go.overview'
  | 'go.accounts'
  | 'go.people'
  | 'go.search'
  | 'go.imports'
  // Encrypt… a plain workspace, Change Passphrase… of an encrypted one (issue 14).
  | 'workspace.encryption';

export type { Relationship } from './relationships';
import type { Relationship } from './relationships';
export type NetworkName = 'x' | 'bluesky' | 'mastodon';

/** What one dropped or named path turned out to be, before importing it. */
export interface DetectedImport {
  path: string;
  displayName: string;
  container: 'file' | 'folder' | 'zip' | 'tar';
  sizeBytes: number;
  /** null when no format recognised it; `error` then says why. */
  format: string | null;
  label: string;
  summary: string;
  /** The archive or list owner when the file says, e.g. "@jack". */
  owner: string | null;
  needsListOwner: 'followers' | 'following' | 'likes' | null;
  needsRelationship: boolean;
  /**
   * A CSV whose columns the user maps: the header, the guessed mapping and any mapping remembered
   * for files with this header. Send the chosen one back as import.run's columnMapping.
   */
  columnMapping?: {
    header: string[];
    proposal: ColumnMappingDto & { confidence: number };
    remembered: ColumnMappingDto | null;
    confident: boolean;
  } | null;
  /** Mail, calendar or LinkedIn activity: the addresses to confirm as the user's, from the first messages. */
  mail?: MailReviewDto | null;
  /** Set when this exact file is already in the workspace. */
  alreadyImportedAt: string | null;
  error: string | null;
  /** The library's own words behind `error`, for a "Details" disclosure; never the message. */
  errorDetail?: string;
  /**
   * A list the file names its owner of only by an id the workspace has no handle for ("account id
   * 12345"): the review asks who it is (import.run's listOwner). Left unanswered, the owner is kept
   * as `name`, "X account id 12345 (name unknown)".
   */
  unnamedOwner?: { list: 'followers' | 'following' | 'likes' | null; id: string; name: string } | null;
}

/** Which CSV column holds which field (common/column-mapping.ts). */
import type { ColumnMapping } from './column-mapping';
import type { EraseBackupsDto } from './backup-dto';
export type ColumnMappingDto = ColumnMapping;

export interface ImportCountsDto {
  accounts: number;
  follows: number;
  posts: number;
  likes: number;
  people: number;
  links: number;
}

export interface ImportSummaryDto {
  sourceId: number | null;
  file: string;
  format: string;
  formatLabel: string;
  added: ImportCountsDto;
  read: ImportCountsDto;
  skipped: { reason: string; count: number; examples: string[] }[];
  warnings: { message: string; where?: string }[];
  alreadyImportedAt?: string;
  durationMs: number;
  /** Mail, calendar or LinkedIn activity: exactly what was kept ("Kept: 1,204 messages' headers with 311 correspondents; …"). */
  kept?: string;
}

/** What the import review shows for the user's own mail (DetectedImport.mail). */
export interface MailReviewDto {
  /** Prefilled as the user's own: Gmail's Sent senders, else the most frequent sender. */
  proposedOwn: string[];
  frequentSenders: { address: string; count: number }[];
  /** Messages looked at for the guess, and how many of them were automated. */
  sampled: number;
  automated: number;
}

/** A past import, as listed in the Imports panel. */
export interface ImportSourceDto {
  id: number;
  fileName: string;
  path: string;
  format: string;
  formatLabel: string;
  importedAt: string;
  capturedAt: string | null;
  owner: string | null;
  summary: ImportSummaryDto | null;
}

export interface RemovalCountsDto {
  accounts: number;
  follows: number;
  posts: number;
  likes: number;
  people: number;
}

export type AccountSort = 'followers' | 'name' | 'handle' | 'imported';

export interface AccountRow {
  id: number;
  network: NetworkName;
  externalId: string;
  handle: string | null;
  name: string | null;
  bio: string | null;
  location: string | null;
  followersCount: number | null;
  followingCount: number | null;
  /** Follow edges in the workspace, to show coverage against the counts above. */
  importedFollowers: number;
  importedFollowing: number;
  isProspect: boolean;
  /** The user's person this account belongs to (confirmed link), if any. */
  personName: string | null;
  relationship: Relationship | null;
}

export interface AccountPage {
  total: number;
  rows: AccountRow[];
}

export interface PersonLinkDto {
  personId: number;
  personName: string;
  relationship: Relationship;
  accountId: number;
  network: NetworkName;
  handle: string | null;
  accountName: string | null;
  status: 'confirmed' | 'suggested' | 'rejected';
  /** The reasons in one line: "same name; bio mentions Acme". */
  evidence: string | null;
  /**
   * How likely the account is this person, 0–1: 1 once confirmed (by you or by a contact record
   * that states it), 0 once rejected, the matcher's estimate while suggested.
   */
  confidence: number;
  /** The matcher's reasons one by one, those against the match included. */
  evidenceItems: MatchEvidence[];
}

/** What the user knows about a person, for the introduction drafts; null when not known. */
export type PersonFacts = {
  /** YYYY-MM-DD; prefilled from LinkedIn's Connected On until the user sets it. */
  customerSince: string | null;
  /** What we did for them, in the user's words. */
  did: string | null;
  /** What they say about us, in the user's words. */
  says: string | null;
};

/** One of the user's contacts as the People list shows them. */
export interface PersonSummaryDto {
  id: number;
  displayName: string;
  company: string | null;
  position: string | null;
  email: string | null;
  relationship: Relationship;
  /** Confirmed accounts, as "@handle". */
  accounts: string[];
  /** Suggested accounts waiting for the user's decision. */
  suggestions: number;
}

export interface PersonPage {
  total: number;
  rows: PersonSummaryDto[];
}

/** One contact in full: where they come from, their accounts and what the user knows of them. */
export interface PersonDto extends Omit<PersonSummaryDto, 'accounts' | 'suggestions'> {
  /** LinkedIn's Connected On (YYYY-MM-DD), when an import stated it. */
  connectedOn: string | null;
  /** Where they live, as their contact record says (a vCard or Google address, an archive's profile). */
  location: string | null;
  /** Their LinkedIn page, as an import stated it. */
  profileUrl: string | null;
  facts: PersonFacts;
  /** The imports that name this person. */
  sources: { id: number; fileName: string; format: string; importedAt: string }[];
  /** Confirmed first, then suggestions by confidence, then rejected. */
  links: PersonLinkDto[];
}

export type MatchEvidenceKind =
  | 'name'
  | 'nickname'
  | 'initial'
  | 'handle'
  | 'company'
  | 'position'
  | 'profile-url'
  | 'email'
  | 'website'
  | 'location'
  | 'other-company'
  | 'other-city'
  | 'other-profile'
  | 'common-name'
  | 'decision'
  | 'contact-record';

/** One reason for or against "this account is this person", in the user's words. */
export interface MatchEvidence {
  kind: MatchEvidenceKind;
  text: string;
  effect: 'for' | 'against';
}

export interface AccountBrief {
  id: number;
  network: NetworkName;
  handle: string | null;
  name: string | null;
}

export interface PathHopDto {
  from: AccountBrief;
  to: AccountBrief;
  strength: number;
  /** Why the tie exists, in words: "Dana follows @x; @x replied to Dana 4 times (last Mar 2026)". */
  evidence: string;
  /** Who follows whom and who interacted, from the earlier person (`from`) to the next (`to`). */
  direction: HopDirectionDto;
  /** `to` does not know `from` (only `from` follows or reaches out): an introduction here is cold. */
  cold: boolean;
  /** Why the hop is cold, in words; null when it is warm. */
  coldReason: string | null;
}

export interface HopDirectionDto {
  fromFollowsTo: boolean;
  toFollowsFrom: boolean;
  /** `from` replied to, mentioned, quoted, reposted or liked `to`. */
  fromInteracted: boolean;
  toInteracted: boolean;
}

export interface ReferralPathDto {
  score: number;
  /** Where the path starts: the user, or one of the user's people. */
  start: {
    personId: number;
    personName: string;
    relationship: Relationship;
    /** The user's tie to that person. */
    strength: number;
    account: AccountBrief;
    /** Set when the person is a colleague's, from their relationship file (issue 16): you → colleague → them. */
    via?: { colleagueName: string; colleaguePersonId: number | null; colleagueTie: number; score: number };
  };
  hops: PathHopDto[];
  /** One paragraph a person can read. */
  explanation: string;
  /** Some hop is cold: the path ranks below every warm one. */
  cold: boolean;
}

export interface PathsResultDto {
  prospect: AccountBrief;
  paths: ReferralPathDto[];
  /** When there is no path: what data is missing, in words. */
  diagnosis: string | null;
  /** The tie formula, for the user to read. */
  formula: string;
  /** With `groupByPerson`: each of the user's linked people (after the filters), best path each, warm first. */
  groups?: PersonPathGroupDto[];
  /** With `groupByPerson`: how many of the user's people (after the filters) are linked to no account. */
  unlinkedPeople?: number;
  /** The organisation(s) the prospect works for: as the user set it, else as the bio says. */
  organisation: { names: string[]; from: 'user' | 'bio' | null };
  /** The user's contacts whose company or position names the prospect's organisation. */
  atOrganisation: OrganisationContactDto[];
}

/** One of the user's people and their best way to the prospect, or why there is none. */
export interface PersonPathGroupDto {
  personId: number;
  personName: string;
  relationship: Relationship;
  path: ReferralPathDto | null;
  /** Why there is no path, in the user's words; null when there is one. */
  reason: string | null;
}

/** A contact at the prospect's organisation. */
export interface OrganisationContactDto {
  personId: number;
  name: string;
  company: string | null;
  position: string | null;
  relationship: Relationship;
  /** Where the contact came from: "LinkedIn". */
  source: string;
  /** Customer since, or connected on (YYYY-MM-DD). */
  since: string | null;
  organisation: string;
  /** "Maria Gomez, Operations Director at Acme Logistics (customer, LinkedIn, since 2024)". */
  line: string;
}

export type GraphRole = 'prospect' | 'me' | 'person' | 'bridge' | 'mutual' | 'follower' | 'followee';

export interface GraphNodeDto {
  id: number;
  network: NetworkName;
  handle: string | null;
  name: string | null;
  bio: string | null;
  role: GraphRole;
  /** Followers count when known: drawn as node size. */
  reach: number | null;
  /** Preset position (the layout is computed by the core, stable for a prospect). */
  x: number;
  y: number;
  /** Indexes of the referral paths this node is on. */
  paths: number[];
  /** Category ids (keyword rules on handle, name and bio, plus manual assignments), ascending. */
  categories: number[];
  /** For the user's own accounts and their people's: what the person is to the user. */
  relationship?: Relationship;
  /** For the user's people: the person's name as the user keeps it (People). */
  personName?: string;
}

export interface GraphEdgeDto {
  source: number;
  target: number;
  mutual: boolean;
  /** Indexes of the referral paths that use this edge. */
  paths: number[];
}

export interface EgoGraphDto {
  prospect: AccountBrief;
  nodes: GraphNodeDto[];
  edges: GraphEdgeDto[];
  paths: ReferralPathDto[];
  /** How many followers / followees were left out to stay within the node budget. */
  omitted: { followers: number; followees: number };
  diagnosis: string | null;
}

export type SearchScope = 'posts' | 'accounts' | 'notes';

export interface SearchHit {
  scope: SearchScope;
  /** Row id in its table (post id, account id, note id). */
  id: number;
  /** The matching text with matches between \u0002 and \u0003 (the UI marks them). */
  snippet: string;
  author: AccountBrief | null;
  createdAt: string | null;
  /** Post kind, for posts. */
  kind: string | null;
  /** Posts: the post's page on its network (null when the file gave no address). */
  sourceUrl?: string | null;
}

export interface SearchResultDto {
  total: number;
  hits: SearchHit[];
  tookMs: number;
  /** Set when a very common query was ranked among only this many (most recently imported) matches. */
  rankedAmong?: number;
  /** Set when matches were counted only up to `total`: there are at least that many. */
  totalIsAtLeast?: boolean;
}

export interface RankedItemDto {
  value: string;
  count: number;
  postIds: number[];
}

/** What a prospect focuses on (see main/analysis/focus.ts for how each part is computed). */
export interface FocusDto {
  counts: { posts: number; replies: number; reposts: number; quotes: number; likes: number };
  hashtags: RankedItemDto[];
  mentions: RankedItemDto[];
  domains: RankedItemDto[];
  terms: (RankedItemDto & { score: number })[];
  likedTerms: (RankedItemDto & { score: number })[];
  amplifiedTerms: (RankedItemDto & { score: number })[];
  byMonth: { month: string; posts: number; likes: number }[];
  /** [weekday 0 = Monday][hour] in `timeZone`. */
  heatmap: number[][];
  peak: { weekday: number; hour: number; count: number } | null;
  starters: {
    postId: number;
    text: string;
    createdAt: string | null;
    source: 'post' | 'like';
    reason: string;
  }[];
  timeZone: string;
}

export interface PostDto {
  id: number;
  network: NetworkName;
  externalId: string;
  author: AccountBrief | null;
  text: string;
  kind: 'post' | 'reply' | 'repost' | 'quote';
  createdAt: string | null;
  likeCount: number | null;
  repostCount: number | null;
}

export interface NoteDto {
  accountId: number;
  body: string;
  createdAt: string;
  updatedAt: string;
}

export type AudienceList = 'followers' | 'following';

export interface AudienceFilterDto {
  role?: string;
  location?: string;
  reach?: string;
  categoryId?: number;
  mine?: boolean;
  competitors?: boolean;
  query?: string;
}

export interface AudienceRow {
  id: number;
  network: NetworkName;
  handle: string | null;
  name: string | null;
  bio: string | null;
  location: string | null;
  reach: number | null;
  mine: boolean;
  roles: string[];
  categories: number[];
  competitor: boolean;
}

export interface AudienceSegmentsDto {
  list: AudienceList;
  total: number;
  /** The account's own count from its profile, when known: for coverage. */
  declared: number | null;
  roles: { value: string; count: number }[];
  locations: { value: string; label: string; count: number }[];
  reach: { value: string; count: number }[];
  categories: { categoryId: number; count: number }[];
  mine: number;
  competitors: number;
}

export interface CategoryDto {
  id: number;
  name: string;
  color: string | null;
  rules: { field: 'bio' | 'name' | 'handle'; keyword: string }[];
}

/** What the user sells and against whom: drives competitor flags and mention presets. */
export interface PursuitSettings {
  business: string[];
  competitors: { handles: string[]; keywords: string[] };
}

export interface ListChangeDto {
  list: AudienceList;
  from: { sourceId: number; fileName: string; importedAt: string; capturedAt: string | null };
  to: { sourceId: number; fileName: string; importedAt: string; capturedAt: string | null };
  /** The first 500 of each side, widest reach first; the counts are complete. */
  added: AccountBrief[];
  removed: AccountBrief[];
  addedCount: number;
  removedCount: number;
}

export interface SavedSearchDto {
  id: number;
  name: string;
  query: string;
  createdAt: string;
  lastViewedAt: string | null;
  total: number;
  /** Matches that arrived (were imported) since the search was last viewed. */
  newMatches: number;
}

export interface BriefResultDto {
  path: string;
  /** The file's name, for browser mode's download at /briefs/<fileName>. */
  fileName: string;
  pages: number;
  bytes: number;
}

/** Erasing a person or an account everywhere (issue 14): how many of each kind of record go. */
export interface EraseCountsDto {
  accounts: number;
  posts: number;
  likes: number;
  follows: number;
  /** Other people's posts and profiles whose text named them, redacted. */
  mentions: number;
  notesMentioning: number;
  notesRedacted: number;
  categories: number;
  links: number;
  prospects: number;
  savedSearches: number;
  imports: number;
  people: number;
  personFacts: number;
  merges: number;
}

/** A prospect's note that mentions whom the user erases, with the mention shown redacted. */
export interface EraseNoteDto {
  accountId: number;
  handle: string | null;
  excerpt: string;
}

export interface ErasePreviewDto {
  /** Who, in the user's words: "@ada (Ada Lovelace)" or "Ada Lovelace". */
  label: string;
  /** What the user types to confirm: the handle with its @, or the person's name. */
  confirmText: string;
  counts: EraseCountsDto;
  notes: EraseNoteDto[];
}

export interface EraseResultDto extends ErasePreviewDto {
  /** "Never import again": a suppression entry was written (a salted hash of their id). */
  neverImportAgain: 'suppressed' | null;
  /** The backups, which held them too: erased from as well, or deleted. */
  backups: EraseBackupsDto;
}
