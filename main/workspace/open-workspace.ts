import type { AccountBrief } from '../../common/dto';
import { AppError } from '../../common/errors';
import { AccountsReadRepo } from '../db/accounts-read-repo';
import { AudienceRepo } from '../db/audience-repo';
import { BriefRepo } from '../db/brief-repo';
import { CategoriesRepo } from '../db/categories-repo';
import { ChangesRepo } from '../db/changes-repo';
import { CsvMappingsRepo } from '../db/csv-mappings-repo';
import { EvidenceRepo } from '../db/evidence-repo';
import { FocusRepo } from '../db/focus-repo';
import { GraphRepo } from '../db/graph-repo';
import { IntroFactsRepo } from '../db/intro-facts-repo';
import { NotesRepo } from '../db/notes-repo';
import { PeopleRepo } from '../db/people-repo';
import { PeopleListRepo } from '../db/people-list-repo';
import { PersonFactsRepo } from '../db/person-facts-repo';
import { PostsRepo } from '../db/posts-repo';
import { ProspectOrganisationRepo } from '../db/prospect-organisation-repo';
import { ProspectsRepo } from '../db/prospects-repo';
import { PursuitRepo } from '../db/pursuit-repo';
import { SavedSearchesRepo } from '../db/saved-searches-repo';
import { SearchRepo } from '../db/search-repo';
import { SourcesRepo } from '../db/sources-repo';
import type { Db } from '../db/sqlite';
import { TieIndexCache } from '../db/tie-index-cache';
import { UnlinkedPeopleRepo } from '../db/unlinked-people-repo';
import type { WorkspaceKey } from '../db/workspace-cipher';
import { fileIdentity, type FileIdentity } from '../db/workspace-file';
import { peopleCounts, tableCounts, WorkspaceMetaRepo } from '../db/workspace-repo';
import { WorkspaceRevision } from './revision';

/**
 * The workspace a host has open: its file, its revision, its caches, and its repositories, each
 * built once, the first time a call needs it (preparing statements costs a few milliseconds, and
 * most calls need two or three of them).
 */
export class OpenWorkspace {
  /** Follows and interactions in memory, for path search: reloaded after imports and removals. */
  readonly ties: TieIndexCache;
  /** Moves when a call writes anything but notes: the key of caches over user-edited data. */
  readonly revision: WorkspaceRevision;
  /** The file's device and inode when opened: another file at the path means this one was moved. */
  readonly identity: FileIdentity | null;
  private readonly built = new Map<string, unknown>();

  constructor(
    readonly path: string,
    readonly db: Db,
    /** An encrypted workspace's key (for its backups and re-opening); null for a plain file. */
    readonly key: WorkspaceKey | null = null,
  ) {
    this.ties = new TieIndexCache(db);
    this.revision = new WorkspaceRevision(db);
    this.identity = fileIdentity(path);
  }

  private once<T>(key: string, make: (db: Db) => T): T {
    let repo = this.built.get(key) as T | undefined;
    if (repo === undefined) {
      repo = make(this.db);
      this.built.set(key, repo);
    }
    return repo;
  }

  get accounts(): AccountsReadRepo {
    return this.once('accounts', (db) => new AccountsReadRepo(db));
  }
  get audience(): AudienceRepo {
    return this.once('audience', (db) => new AudienceRepo(db));
  }
  get brief(): BriefRepo {
    return this.once('brief', (db) => new BriefRepo(db));
  }
  get categories(): CategoriesRepo {
    return this.once('categories', (db) => new CategoriesRepo(db));
  }
  get changes(): ChangesRepo {
    return this.once('changes', (db) => new ChangesRepo(db));
  }
  get csvMappings(): CsvMappingsRepo {
    return this.once('csvMappings', (db) => new CsvMappingsRepo(db));
  }
  get evidence(): EvidenceRepo {
    return this.once('evidence', (db) => new EvidenceRepo(db));
  }
  get focus(): FocusRepo {
    return this.once('focus', (db) => new FocusRepo(db));
  }
  get graph(): GraphRepo {
    return this.once('graph', (db) => new GraphRepo(db));
  }
  /** Where an introduction's facts come from (which imports hold a follow). */
  get introFacts(): IntroFactsRepo {
    return this.once('introFacts', (db) => new IntroFactsRepo(db));
  }
  get meta(): WorkspaceMetaRepo {
    return this.once('meta', (db) => new WorkspaceMetaRepo(db));
  }
  get notes(): NotesRepo {
    return this.once('notes', (db) => new NotesRepo(db));
  }
  get people(): PeopleRepo {
    return this.once('people', (db) => new PeopleRepo(db));
  }
  /** The People list and a person's details. */
  get peopleList(): PeopleListRepo {
    return this.once('peopleList', (db) => new PeopleListRepo(db));
  }
  /** What the user keeps per person: customer since, what we did, what they say. */
  get personFacts(): PersonFactsRepo {
    return this.once('personFacts', (db) => new PersonFactsRepo(db));
  }
  get posts(): PostsRepo {
    return this.once('posts', (db) => new PostsRepo(db));
  }
  get prospects(): ProspectsRepo {
    return this.once('prospects', (db) => new ProspectsRepo(db));
  }
  /** The organisation a prospect works for, as the user set it, and the contacts naming one. */
  get prospectOrganisation(): ProspectOrganisationRepo {
    return this.once('prospectOrganisation', (db) => new ProspectOrganisationRepo(db));
  }
  /** People linked to no account, for the paths' reasons. */
  get unlinkedPeople(): UnlinkedPeopleRepo {
    return this.once('unlinkedPeople', (db) => new UnlinkedPeopleRepo(db));
  }
  get pursuit(): PursuitRepo {
    return this.once('pursuit', (db) => new PursuitRepo(db));
  }
  get savedSearches(): SavedSearchesRepo {
    return this.once('savedSearches', (db) => new SavedSearchesRepo(db));
  }
  get search(): SearchRepo {
    return this.once('search', (db) => new SearchRepo(db));
  }
  get sources(): SourcesRepo {
    return this.once('sources', (db) => new SourcesRepo(db));
  }

  /** How many rows each kind of record has, and the people figures: the overview's figures. */
  tableCounts(): ReturnType<typeof tableCounts> {
    return { ...tableCounts(this.db), ...peopleCounts(this.db) };
  }

  /** The account, or BAD_REQUEST in the words every caller used to repeat. */
  requireAccount(id: number): AccountBrief {
    const account = this.accounts.brief(id);
    if (!account) throw new AppError('BAD_REQUEST', `There is no account #${id}.`);
    return account;
  }

  /** Throws BAD_REQUEST unless a person with this id exists. */
  requirePerson(id: number): void {
    if (!this.people.exists(id)) throw new AppError('BAD_REQUEST', `There is no person #${id}.`);
  }
}
