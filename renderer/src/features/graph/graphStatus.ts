import type { EgoGraphDto } from '../../../../common/dto';
import { formatCount } from '../../components/format/count';

function plural(count: number, noun: string): string {
  return `${formatCount(count)} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * The line under the graph: how much is drawn and shown, what the node budget left out, and how
 * many accounts match the text filter.
 */
export function graphStatusText({
  drawn,
  visible,
  omitted,
  text,
  matches,
}: {
  drawn: number;
  visible: number;
  omitted: { followers: number; followees: number };
  text: string;
  matches: number;
}): string {
  const parts = [
    visible === drawn
      ? `${plural(drawn, 'account')} drawn`
      : `${formatCount(visible)} of ${plural(drawn, 'account')} shown`,
  ];
  const left = [
    omitted.followers > 0 ? plural(omitted.followers, 'follower') : null,
    omitted.followees > 0 ? plural(omitted.followees, 'followee') : null,
  ].filter((item): item is string => item !== null);
  if (left.length > 0) parts.push(`${left.join(' and ')} left out`);
  const wanted = text.trim();
  if (wanted) parts.push(`${formatCount(matches)} ${matches === 1 ? 'match' : 'matches'} for “${wanted}”`);
  return parts.join(' · ');
}

/**
 * The core counts left-out followers as all followers minus the follower and mutual nodes; your
 * people and bridges who follow the prospect are drawn too, so they are taken off here.
 */
export function omittedNotDrawn(graph: EgoGraphDto): { followers: number; followees: number } {
  let followers = 0;
  let followees = 0;
  const prospect = graph.prospect.id;
  const others = new Set(
    graph.nodes
      .filter((node) => node.role === 'me' || node.role === 'person' || node.role === 'bridge')
      .map((node) => node.id),
  );
  for (const edge of graph.edges) {
    if (edge.target === prospect && others.has(edge.source)) {
      followers += 1;
      if (edge.mutual) followees += 1;
    } else if (edge.source === prospect && others.has(edge.target)) {
      followees += 1;
      if (edge.mutual) followers += 1;
    }
  }
  return {
    followers: Math.max(0, graph.omitted.followers - followers),
    followees: Math.max(0, graph.omitted.followees - followees),
  };
}
