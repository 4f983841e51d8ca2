import type { EgoGraphDto } from '../../common/dto';
import { analyseFocus, type FocusAnalysis, type FocusPost } from '../analysis/focus';
import { egoGraph } from '../api/graph';
import type { OpenWorkspace, WorkspaceSession } from '../api/session';
import { FocusRepo } from '../db/focus-repo';
import { NotesRepo } from '../db/notes-repo';
import { BriefRepo, type ImportedCounts, type ProspectProfile } from './brief-repo';

/** How many accounts the follow-graph picture shows: enough for context, few enough to read. */
export const GRAPH_BUDGET = 120;

/**
 * What the sections read, each part fetched once and only when a chosen section needs it
 * (the focus analysis feeds What, When, Where and How).
 */
export class BriefContext {
  readonly repo: BriefRepo;
  readonly workspace: OpenWorkspace;
  private focusResult: FocusAnalysis | undefined;
  private postsResult: FocusPost[] | undefined;
  private graphResult: EgoGraphDto | undefined;
  private countsResult: ImportedCounts | undefined;

  constructor(
    private readonly session: WorkspaceSession,
    readonly prospect: ProspectProfile,
    readonly timeZone: string,
    readonly now: Date,
  ) {
    this.workspace = session.require();
    this.repo = new BriefRepo(this.workspace.db);
  }

  /** Their own posts, replies, reposts and quotes, oldest first. */
  posts(): FocusPost[] {
    this.postsResult ??= new FocusRepo(this.workspace.db).postsOf(this.prospect.id);
    return this.postsResult;
  }

  focus(): FocusAnalysis {
    if (!this.focusResult) {
      const repo = new FocusRepo(this.workspace.db);
      this.focusResult = analyseFocus(
        this.posts(),
        repo.likesOf(this.prospect.id),
        repo.background(),
        this.timeZone,
      );
    }
    return this.focusResult;
  }

  /** The neighbourhood with the top referral paths (their explanations included). */
  graph(): EgoGraphDto {
    this.graphResult ??= egoGraph(this.session, this.prospect.id, GRAPH_BUDGET);
    return this.graphResult;
  }

  counts(): ImportedCounts {
    this.countsResult ??= this.repo.importedCounts(this.prospect.id);
    return this.countsResult;
  }

  notes(): string {
    return new NotesRepo(this.workspace.db).get(this.prospect.id)?.body ?? '';
  }
}
