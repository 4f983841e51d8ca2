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
