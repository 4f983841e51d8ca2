import type { EgoGraphDto, GraphEdgeDto, GraphNodeDto, ReferralPathDto } from '../../../../common/dto';
import { nodeLabel } from './graphStyle';

export type FollowRelation = 'mutual' | 'follows' | 'followed-by' | null;

/** How `a` and `b` follow each other according to the drawn edges (follower → followee). */
export function followRelation(a: number, b: number, edges: readonly GraphEdgeDto[]): FollowRelation {
  let follows = false;
  let followedBy = false;
  for (const edge of edges) {
    if (edge.source === a && edge.target === b) {
      follows = true;
      if (edge.mutual) followedBy = true;
    } else if (edge.source === b && edge.target === a) {
      followedBy = true;
      if (edge.mutual) follows = true;
    }
  }
  if (follows && followedBy) return 'mutual';
  if (follows) return 'follows';
  if (followedBy) return 'followed-by';
  return null;
}

function pathNumbers(paths: readonly number[]): string {
  const numbers = paths.map((index) => String(index + 1));
  if (numbers.length <= 1) return `path ${numbers[0] ?? ''}`.trim();
  return `paths ${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}`;
}

/** The account's tie to the prospect, in a sentence. */
export function relationToProspect(node: GraphNodeDto, graph: EgoGraphDto): string {
  const prospect = nodeLabel({ ...graph.prospect });
  if (node.id === graph.prospect.id) return 'The prospect.';
  const relation = followRelation(node.id, graph.prospect.id, graph.edges);
  const follow =
    relation === 'mutual'
      ? `Follows ${prospect}, who follows back.`
      : relation === 'follows'
        ? `Follows ${prospect}.`
        : relation === 'followed-by'
          ? `Followed by ${prospect}.`
          : node.role === 'follower'
            ? `Follows ${prospect}.`
            : node.role === 'followee'
              ? `Followed by ${prospect}.`
              : node.role === 'mutual'
                ? `Follows ${prospect}, who follows back.`
                : `Not directly connected to ${prospect}.`;
  return node.paths.length > 0 ? `${follow} On referral ${pathNumbers(node.paths)}.` : follow;
}

/** The account's ties to the user: who it is to them, and which of their people it follows. */
export function relationToYou(
  node: GraphNodeDto,
  graph: EgoGraphDto,
  paths: readonly ReferralPathDto[],
): string[] {
  const lines: string[] = [];
  if (node.role === 'me') lines.push('One of your own accounts.');
  const asPerson = paths.find(
    (path) => path.start.account.id === node.id && path.start.relationship !== 'me',
  );
  if (asPerson) {
    lines.push(`${asPerson.start.personName}, one of your people (${asPerson.start.relationship}).`);
  } else if (node.role === 'person') {
    lines.push('One of your people.');
  }
  if (node.role === 'me' || node.role === 'person') return lines;
  const yours = graph.nodes.filter((other) => other.role === 'me' || other.role === 'person');
  for (const other of yours) {
    const relation = followRelation(node.id, other.id, graph.edges);
    if (!relation) continue;
    const who = other.role === 'me' ? 'you' : nodeLabel(other);
    lines.push(
      relation === 'mutual'
        ? `Follows ${who} and is followed back.`
        : relation === 'follows'
          ? `Follows ${who}.`
          : who === 'you'
            ? 'You follow them.'
            : `Followed by ${who}.`,
    );
    if (lines.length >= 4) break;
  }
  if (lines.length === 0) lines.push('No tie to you or your people in the imported data.');
  return lines;
}
