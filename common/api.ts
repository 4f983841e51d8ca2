import { z } from 'zod';
import { methodNames, type ListedMethodName } from './method-names';
import { columnMappingSchema } from './column-mapping';
import { RELATIONSHIPS } from './relationships';
import type {
  AccountPage,
  AccountRow,
  AppInfo,
  AudienceRow,
  AudienceSegmentsDto,
  BriefResultDto,
  CategoryDto,
  EgoGraphDto,
  FocusDto,
  DetectedImport,
  ErasePreviewDto,
  EraseResultDto,
  ImportSourceDto,
  ImportSummaryDto,
  ListChangeDto,
  NoteDto,
  PathsResultDto,
  PersonDto,
  PersonLinkDto,
  PersonPage,
  PostDto,
  PursuitSettings,
  RemovalCountsDto,
  SavedSearchDto,
  SearchResultDto,
  PaneLayout,
  ProspectSummary,
  RecentWorkspace,
  Settings,
  TableCounts,
  WorkspaceInfo,
} from './dto';
import type { IntroDraftsDto } from './introductions';
import type { DuplicateGroupDto, PersonMergeDto } from './person-merge-dto';
import type { PersonTieDto } from './ties-dto';
import type { SuggestedPersonDto } from './mail-dto';
import type { GapsDto } from './gaps-dto';
import type { BackupDto, BackupSettingsDto } from './backup-dto';
import type { FolderListing } from './folder-listing';

/**
 * The AppApi contract, declared once. Each method names its argument schema (validated at the
 * server boundary) and, as a phantom type, its result. Client and server types derive from this.
 */
function method<Result>() {
  return <Args extends z.ZodType>(args: Args) => ({ args, result: undefined as unknown as Result });
}

const none = z.object({}).strict();
const id = z.number().int().positive();
/** The import review's choices for the user's mail, calendar or LinkedIn activity (issue 16). */
const mailImportSchema = z
  .object({
    ownAddresses: z.array(z.string().trim().min(3).max(320)).max(50).default([]),
    exclude: z.array(z.string().trim().min(1).max(320)).max(2000).default([]),
    includeAutomated: z.boolean().default(false),
    keepSubjects: z.boolean().default(false),
  })
  .strict();
/** Room for what the user writes about a person, and for two such texts a merge keeps side by side. */
const PERSON_TEXT_LIMIT = 20_000;
const audienceList = z.enum(['followers', 'following']);
const audienceFilter = z
  .object({
    role: z.string().max(100).optional(),
    location: z.string().max(300).optional(),
    reach: z.string().max(40).optional(),
    categoryId: id.optional(),
    mine: z.boolean().optional(),
    competitors: z.boolean().optional(),
    query: z.string().max(200).optional(),
  })
  .strict()
  .default({});
export const relationshipSchema = z.enum(RELATIONSHIPS);
function isCalendarDay(day: string): boolean {
  const time = Date.parse(`${day}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(day);
}

/** A calendar day as YYYY-MM-DD ("customer since"). */
export const customerSinceSchema = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Write the date as YYYY-MM-DD, for example 2021-03-12.')
  .refine((day) => isCalendarDay(day), 'There is no such day.');
const filePath = z.string().trim().min(1, 'A file path is required').max(4096);
/** Kept exactly as typed (spaces count); never echoed in an error. */
const passphrase = z.string().min(1, 'A passphrase is required').max(1024);

export const layoutSchema = z
  .object({
    sidebarWidth: z.number().min(160).max(640),
    notesWidth: z.number().min(200).max(720),
    sidebarVisible: z.boolean(),
    notesVisible: z.boolean(),
    zoom: z.number().min(0.5).max(2),
  })
  .strict();

export const graphSettingsSchema = z.object({ webgl: z.boolean() }).strict();

const eraseArgs = z
  .object({
    accountId: id.optional(),
    personId: id.optional(),
    notes: z.enum(['keep', 'redact']).default('keep'),
    linkedAccounts: z.boolean().default(false),
  })
  .strict()
  .refine((args) => (args.accountId === undefined) !== (args.personId === undefined), {
    message: 'Name either an account or a person.',
  });

export const apiMethods = {
  'app.info': method<AppInfo>()(none),

  'workspace.create': method<WorkspaceInfo>()(
    z.object({ path: filePath, passphrase: passphrase.optional() }).strict(),
  ),
  'workspace.open': method<WorkspaceInfo>()(
    z
      .object({
        path: filePath,
        passphrase: passphrase.optional(),
        /** Desktop only: keep it in the system keychain for next time. */
        remember: z.boolean().optional(),
      })
      .strict(),
  ),
  'workspace.close': method<null>()(none),
  'workspace.current': method<WorkspaceInfo | null>()(none),
  'workspace.stats': method<TableCounts>()(none),
  'workspace.recent': method<RecentWorkspace[]>()(none),
  'workspace.forgetRecent': method<RecentWorkspace[]>()(z.object({ path: filePath }).strict()),
  'workspace.encrypt': method<WorkspaceInfo>()(z.object({ passphrase }).strict()),
  'workspace.changePassphrase': method<WorkspaceInfo>()(
    z.object({ current: passphrase, passphrase }).strict(),
  ),
  'workspace.removePassphrase': method<WorkspaceInfo>()(z.object({ current: passphrase }).strict()),

  'prospects.list': method<ProspectSummary[]>()(none),
  'prospects.add': method<ProspectSummary>()(z.object({ accountId: id }).strict()),
  'prospects.remove': method<null>()(z.object({ accountId: id }).strict()),

  'import.detect': method<DetectedImport[]>()(
    z.object({ paths: z.array(filePath).min(1).max(500) }).strict(),
  ),
  /** Long: reports progress, can be cancelled; all-or-nothing. */
  'import.run': method<ImportSummaryDto>()(
    z
      .object({
        path: filePath,
        format: z.string().max(40).optional(),
        listOwner: z.string().trim().min(1).max(300).optional(),
        relationship: relationshipSchema.optional(),
        columnMapping: columnMappingSchema.optional(),
        mail: mailImportSchema.optional(),
      })
      .strict(),
  ),
  'import.list': method<ImportSourceDto[]>()(none),
  'import.remove': method<RemovalCountsDto>()(z.object({ sourceId: id }).strict()),
  /** The review was dismissed: browser mode deletes these uploaded copies; elsewhere nothing. */
  'import.discard': method<null>()(z.object({ paths: z.array(filePath).max(500) }).strict()),

  'accounts.list': method<AccountPage>()(
    z
      .object({
        query: z.string().max(200).default(''),
        sort: z.enum(['followers', 'name', 'handle', 'imported']).default('followers'),
        descending: z.boolean().default(true),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(1000).default(200),
      })
      .strict(),
  ),

  'accounts.get': method<AccountRow | null>()(z.object({ id }).strict()),
  'accounts.find': method<AccountRow | null>()(z.object({ ref: z.string().trim().min(1).max(300) }).strict()),
  /**
   * Says who an account known only by its id is: it takes the handle, and an account known only by
   * that handle merges into it. Refused when the handle is another account's with its own id.
   */
  'accounts.name': method<AccountRow>()(
    z
      .object({ accountId: id, handle: z.string().trim().min(1, 'Type the handle, such as @dana.').max(300) })
      .strict(),
  ),

  /**
   * The best paths to a prospect, optionally only from one person or one relationship; with
   * `groupByPerson`, also the best path of each of the user's people, or why they have none.
   */
  'paths.find': method<PathsResultDto>()(
    z
      .object({
        accountId: id,
        limit: z.number().int().min(1).max(20).default(5),
        groupByPerson: z.boolean().default(false),
        personId: id.optional(),
        relationship: relationshipSchema.optional(),
      })
      .strict(),
  ),

  /** The organisation the prospect works for, when the bio does not say it; null or blank clears it. */
  'paths.setOrganisation': method<null>()(
    z.object({ accountId: id, organisation: z.string().max(200).nullable() }).strict(),
  ),

  'graph.egoGraph': method<EgoGraphDto>()(
    z
      .object({
        accountId: id,
        budget: z.number().int().min(10).max(10_000).default(300),
        /** How many of the ranked paths to draw: as many as the list beside the graph shows. */
        pathCount: z.number().int().min(1).max(100).default(5),
      })
      .strict(),
  ),

  /** The drafts for the path ranked `pathIndex` (0 is the best), or the best one through `viaAccountId`. */
  'intro.draft': method<IntroDraftsDto>()(
    z
      .object({
        accountId: id,
        pathIndex: z.number().int().min(0).max(19).default(0),
        viaAccountId: id.optional(),
      })
      .strict(),
  ),

  'search.run': method<SearchResultDto>()(
    z
      .object({
        query: z.string().trim().min(1, 'Type something to search for').max(1000),
        scope: z.enum(['posts', 'accounts', 'notes']).default('posts'),
        order: z.enum(['relevance', 'date']).default('relevance'),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(200).default(50),
      })
      .strict(),
  ),

  'focus.get': method<FocusDto>()(
    z
      .object({
        accountId: id,
        /** IANA time zone for the activity heatmap, e.g. Europe/Paris; the default is UTC. */
        timeZone: z
          .string()
          .max(64)
          .refine((zone) => {
            try {
              new Intl.DateTimeFormat('en-US', { timeZone: zone });
              return true;
            } catch {
              return false;
            }
          }, 'Unknown time zone')
          .default('UTC'),
      })
      .strict(),
  ),
  'posts.get': method<PostDto[]>()(z.object({ ids: z.array(id).max(500) }).strict()),

  'notes.get': method<NoteDto | null>()(z.object({ accountId: id }).strict()),
  /** Saves the whole note; the renderer calls it as the user types (debounced). */
  'notes.save': method<NoteDto>()(z.object({ accountId: id, body: z.string().max(2_000_000) }).strict()),

  'audience.segments': method<AudienceSegmentsDto>()(
    z.object({ accountId: id, list: audienceList, filter: audienceFilter }).strict(),
  ),
  'audience.list': method<{ total: number; rows: AudienceRow[] }>()(
    z
      .object({
        accountId: id,
        list: audienceList,
        filter: audienceFilter,
        sort: z.enum(['reach', 'name', 'handle']).default('reach'),
        descending: z.boolean().default(true),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(1000).default(200),
      })
      .strict(),
  ),
  /** The whole filtered list as CSV text (the renderer saves it). */
  'audience.csv': method<string>()(
    z.object({ accountId: id, list: audienceList, filter: audienceFilter }).strict(),
  ),
  'audience.changes': method<ListChangeDto[]>()(z.object({ accountId: id }).strict()),

  'categories.list': method<CategoryDto[]>()(none),
  'categories.save': method<CategoryDto>()(
    z
      .object({
        id: id.optional(),
        name: z.string().trim().min(1).max(60),
        color: z
          .string()
          .regex(/^#[0-9a-f]{6}$/i)
          .nullable()
          .default(null),
        rules: z
          .array(
            z
              .object({
                field: z.enum(['bio', 'name', 'handle']),
                keyword: z.string().trim().min(1).max(100),
              })
              .strict(),
          )
          .max(200),
      })
      .strict(),
  ),
  'categories.delete': method<null>()(z.object({ id }).strict()),
  'categories.assign': method<null>()(
    z.object({ accountId: id, categoryId: id, assigned: z.boolean() }).strict(),
  ),

  'pursuit.get': method<PursuitSettings>()(none),
  'pursuit.save': method<PursuitSettings>()(
    z
      .object({
        business: z.array(z.string().trim().min(1).max(100)).max(100),
        competitors: z
          .object({
            handles: z.array(z.string().trim().min(1).max(100)).max(500),
            keywords: z.array(z.string().trim().min(1).max(100)).max(500),
          })
          .strict(),
      })
      .strict(),
  ),

  'searches.list': method<SavedSearchDto[]>()(none),
  'searches.save': method<SavedSearchDto>()(
    z.object({ name: z.string().trim().min(1).max(100), query: z.string().trim().min(1).max(1000) }).strict(),
  ),
  'searches.delete': method<null>()(z.object({ id }).strict()),
  'searches.markViewed': method<null>()(z.object({ id }).strict()),
  /** Ready-made listening queries: buying intent, and mentions of the user's business and competitors. */
  'searches.presets': method<{ name: string; query: string }[]>()(none),

  /**
   * Long: writes the meeting brief as a PDF. Without outPath it goes to the app's briefs folder
   * (browser mode then downloads it from /briefs/<fileName>).
   */
  'brief.export': method<BriefResultDto>()(
    z
      .object({
        accountId: id,
        outPath: filePath.optional(),
        sections: z
          .array(z.enum(['who', 'what', 'when', 'where', 'whyHow', 'extent']))
          .min(1)
          .optional(),
        redact: z
          .object({
            accountIds: z.array(id).max(5000).optional(),
            personIds: z.array(id).max(5000).optional(),
          })
          .strict()
          .optional(),
        timeZone: z.string().max(64).optional(),
      })
      .strict(),
  ),

  'people.links': method<PersonLinkDto[]>()(
    z.object({ status: z.enum(['confirmed', 'suggested', 'rejected']).optional() }).strict(),
  ),
  'people.link': method<PersonLinkDto>()(z.object({ personId: id, accountId: id }).strict()),
  'people.unlink': method<PersonLinkDto>()(z.object({ personId: id, accountId: id }).strict()),
  /** The user's contacts, by name; searched by name, company, position and e-mail. */
  'people.list': method<PersonPage>()(
    z
      .object({
        search: z.string().max(200).default(''),
        relationship: relationshipSchema.optional(),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(1000).default(200),
      })
      .strict(),
  ),
  'people.get': method<PersonDto>()(z.object({ id }).strict()),
  /** Absent fields stay as they are; null or blank text clears a fact. */
  'people.update': method<PersonDto>()(
    z
      .object({
        id,
        relationship: relationshipSchema.optional(),
        customerSince: customerSinceSchema.nullable().optional(),
        did: z.string().max(PERSON_TEXT_LIMIT).nullable().optional(),
        says: z.string().max(PERSON_TEXT_LIMIT).nullable().optional(),
      })
      .strict(),
  ),
  /** Possible duplicates among the people (same e-mail, profile URL, or name and company), with why. */
  'people.duplicates': method<DuplicateGroupDto[]>()(none),
  /** Merges `otherId` into `keepId`, undoably; `relationship` is the user's choice for the merged person. */
  'people.merge': method<PersonMergeDto>()(
    z.object({ keepId: id, otherId: id, relationship: relationshipSchema.optional() }).strict(),
  ),
  'people.unmerge': method<{ keptId: number; otherId: number }>()(z.object({ mergeId: id }).strict()),
  /** Merges that can be undone, newest first: into one person, or all. */
  'people.merges': method<PersonMergeDto[]>()(z.object({ personId: id.optional() }).strict()),
  /** "Not the same person": the pair is not offered as duplicates again. */
  'people.rejectDuplicate': method<null>()(z.object({ personId: id, otherId: id }).strict()),
  /** The user's tie to a person from their mail and calendars, with its evidence (issue 16). */
  'people.tie': method<PersonTieDto>()(z.object({ personId: id }).strict()),
  /** Correspondents from the user's mail who are not their people yet: suggested, never made people. */
  'mail.suggestedPeople': method<SuggestedPersonDto[]>()(
    z.object({ limit: z.number().int().min(1).max(500).default(50) }).strict(),
  ),
  /** Sets the user's own score for a person (0–100, with why), or clears it with null. */
  'people.setTie': method<PersonTieDto>()(
    z
      .object({
        personId: id,
        score: z.number().int().min(0).max(100).nullable(),
        why: z.string().max(2000).default(''),
      })
      .strict(),
  ),
  /** The user's relationships as a file a colleague can import: names, match keys, ties; no mail. */
  'relationships.export': method<{ path: string | null; fileName: string; people: number; text?: string }>()(
    z.object({ outPath: filePath.optional() }).strict(),
  ),

  /** Erasing an account or a person everywhere (issue 14): exactly one of accountId, personId. */
  'erase.preview': method<ErasePreviewDto>()(eraseArgs),
  'erase.run': method<EraseResultDto>()(
    eraseArgs.safeExtend({ neverImportAgain: z.boolean().default(false) }),
  ),

  /** What the workspace lacks for a prospect and how to get it yourself (issue 18); reads only. */
  'gaps.get': method<GapsDto>()(
    z.object({ accountId: id, staleAfterDays: z.number().int().min(1).max(3650).optional() }).strict(),
  ),
  /**
   * Long: makes the demo pursuit (invented people, generated on the spot, the same every time) and
   * opens it; without a path, the one in the workspaces folder (opened if already made).
   */
  'demo.create': method<WorkspaceInfo>()(z.object({ path: filePath.optional() }).strict()),
  /** Whether the open workspace is the demo pursuit: the app shows a banner while it is. */
  'demo.status': method<{ demo: boolean }>()(none),

  /** A workspace's backups, newest first: by path, since a damaged workspace cannot be opened. */
  'backups.list': method<BackupDto[]>()(z.object({ path: filePath }).strict()),
  /** Keeps the current file as one more backup, checks the backup, puts it in place and opens it. */
  'backups.restore': method<WorkspaceInfo>()(
    z
      .object({ path: filePath, name: z.string().min(1).max(300), passphrase: passphrase.optional() })
      .strict(),
  ),
  'backups.settings': method<BackupSettingsDto>()(none),
  'backups.setKeep': method<BackupSettingsDto>()(
    z.object({ keep: z.number().int().min(1).max(100) }).strict(),
  ),

  'settings.get': method<Settings>()(none),
  'settings.setLayout': method<Settings>()(layoutSchema),
  'settings.setGraph': method<Settings>()(graphSettingsSchema),
  /** After how many days an import counts as stale in "Get the data" (issue 18). */
  'settings.setStaleAfterDays': method<{ staleAfterDays: number }>()(
    z.object({ days: z.number().int().min(1).max(3650) }).strict(),
  ),

  /** Native file dialogs: only the Electron host has them (UNSUPPORTED elsewhere). */
  'dialog.chooseNewWorkspace': method<string | null>()(
    z.object({ suggestedName: z.string().max(200) }).strict(),
  ),
  'dialog.chooseExistingWorkspace': method<string | null>()(none),
  'dialog.chooseImportPaths': method<string[]>()(z.object({ folders: z.boolean() }).strict()),
  'dialog.chooseBriefPath': method<string | null>()(
    z.object({ suggestedName: z.string().max(200) }).strict(),
  ),

  /** Browser mode's file browser: a folder's folders and .itrack files, inside home or the workspaces folder. */
  'files.list': method<FolderListing>()(z.object({ path: z.string().min(1).max(4096).optional() }).strict()),

  /** Aborts a running call started with a callId. Unknown ids are ignored. */
  'call.cancel': method<null>()(z.object({ callId: z.string().min(1).max(100) }).strict()),
} as const;

export type ApiMethods = typeof apiMethods;
export type MethodName = keyof ApiMethods;
export type MethodArgs<M extends MethodName> = z.input<ApiMethods[M]['args']>;
export type ParsedArgs<M extends MethodName> = z.output<ApiMethods[M]['args']>;
export type MethodResult<M extends MethodName> = ApiMethods[M]['result'];

// Compile-time proof that method-names.ts lists exactly the methods declared above.
type Missing = Exclude<MethodName, ListedMethodName>;
type Extra = Exclude<ListedMethodName, MethodName>;
const listsAgree: [Missing, Extra] extends [never, never] ? true : { missing: Missing; extra: Extra } = true;
void listsAgree;
export { methodNames };

export function isMethodName(value: unknown): value is MethodName {
  return typeof value === 'string' && Object.hasOwn(apiMethods, value);
}

export { eventNames, isEventName, type ApiEvents, type EventName } from './events';

export type { PaneLayout };
