import type { EgoGraphDto, PathsResultDto } from '../../common/dto';
import { analyseFocus, type FocusAnalysis, type FocusPost } from '../analysis/focus';
import { egoGraph } from '../workspace/ego-graph';
import { prospectOrganisation } from '../workspace/prospect-organisation';
import type { OpenWorkspace } from '../workspace/open-workspace';
import type { BriefRepo, ImportedCounts, ProspectProfile } from '../db/brief-repo';

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
  private organisationResult: Pick<PathsResultDto, 'organisation' | 'atOrganisation'> | undefined;

  constructor(
    workspace: OpenWorkspace,
    readonly prospect: ProspectProfile,
    readonly timeZone: string,
    readonly now: Date,
  ) {
    this.workspace = workspace;
    this.repo = workspace.brief;
  }

  /** Their own posts, replies, reposts and quotes, oldest first. */
  posts(): FocusPost[] {
    this.postsResult ??= this.workspace.focus.postsOf(this.prospect.id);
    return this.postsResult;
  }

  focus(): FocusAnalysis {
    if (!this.focusResult) {
      const repo = this.workspace.focus;
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
    this.graphResult ??= egoGraph(this.workspace, this.prospect.id, GRAPH_BUDGET);
    return this.graphResult;
  }

  counts(): ImportedCounts {
    this.countsResult ??= this.repo.importedCounts(this.prospect.id);
    return this.countsResult;
  }

  /** The prospect's organisation and the user's contacts there. */
  organisation(): Pick<PathsResultDto, 'organisation' | 'atOrganisation'> {
    this.organisationResult ??= prospectOrganisation(this.workspace, this.prospect);
    return this.organisationResult;
  }

  notes(): string {
    return this.workspace.notes.get(this.prospect.id)?.body ?? '';
  }
}
