import type { NetworkName, PathHopDto } from '../../../common/dto';
import type { IntroFactDto } from '../../../common/introductions';
import { accountLabel } from '../explain';
import type { IntroductionInput } from './types';

/** How the later person on a hop knows the earlier one, strongest first. */
export type Knowing = 'mutual' | 'to-follows' | 'to-interacted' | 'from-follows' | 'from-interacted' | 'none';

export function knowing(hop: PathHopDto): Knowing {
  const d = hop.direction;
  if (d.fromFollowsTo && d.toFollowsFrom) return 'mutual';
  if (d.toFollowsFrom) return 'to-follows';
  if (d.toInteracted) return 'to-interacted';
  if (d.fromFollowsTo) return 'from-follows';
  if (d.fromInteracted) return 'from-interacted';
  return 'none';
}

const networkWords: Record<NetworkName, string> = { x: 'X', bluesky: 'Bluesky', mastodon: 'Mastodon' };

export const onNetwork = (hop: PathHopDto) => `on ${networkWords[hop.to.network]}`;

export function list(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function followFact(input: IntroductionInput, hop: PathHopDto, reverse: boolean): IntroFactDto {
  const [follower, followee] = reverse ? [hop.to, hop.from] : [hop.from, hop.to];
  const files =
    input.followFiles.find((f) => f.followerId === follower.id && f.followeeId === followee.id)?.files ?? [];
  return {
    text: `${accountLabel(follower)} follows ${accountLabel(followee)}`,
    source: files.length ? `Follow record, imported from ${list(files)}` : 'Follow record in this workspace',
    record: { kind: 'follow', followerId: follower.id, followeeId: followee.id },
  };
}

/** The interactions one side of the hop made, as the path's evidence words them. */
function interactionFact(hop: PathHopDto, byLater: boolean): IntroFactDto {
  const [actor, other] = byLater ? [hop.to, hop.from] : [hop.from, hop.to];
  const said = hop.evidence
    .split('; ')
    .filter((part) => part.startsWith(`${accountLabel(actor)} `) && !/ follows? /.test(part));
  return {
    text: said.length ? said.join('; ') : `${accountLabel(actor)} interacted with ${accountLabel(other)}`,
    source: 'Posts and likes in this workspace',
    record: { kind: 'interaction', fromId: actor.id, toId: other.id },
  };
}

/** The facts behind what a draft says about a hop: only those its wording claims. */
export function hopFacts(input: IntroductionInput, hop: PathHopDto): IntroFactDto[] {
  switch (knowing(hop)) {
    case 'mutual':
      return [followFact(input, hop, true), followFact(input, hop, false)];
    case 'to-follows':
      return [followFact(input, hop, true)];
    case 'to-interacted':
      return [interactionFact(hop, true)];
    case 'from-follows':
      return [followFact(input, hop, false)];
    case 'from-interacted':
      return [interactionFact(hop, false)];
    case 'none':
      return [];
  }
}

/** A party in a sentence: the writer, the reader, or someone named. */
export interface Party {
  subject: string;
  object: string;
  person: 1 | 2 | 3;
}
export const I: Party = { subject: 'I', object: 'me', person: 1 };
export const YOU: Party = { subject: 'you', object: 'you', person: 2 };
export const named = (name: string): Party => ({ subject: name, object: name, person: 3 });

const follow = (p: Party) => (p.person === 3 ? 'follows' : 'follow');
const have = (p: Party) => (p.person === 3 ? 'has' : 'have');
const both = (a: Party, b: Party) =>
  a.person === 1
    ? `${b.subject} and I`
    : b.person === 1
      ? `${a.subject} and I`
      : `${a.subject} and ${b.subject}`;

export const sentenceCase = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** How `to` and `from` know each other, as a clause: "Pat Acme follows you on X"; null when they do not. */
export function tieClause(hop: PathHopDto, from: Party, to: Party): string | null {
  const on = onNetwork(hop);
  switch (knowing(hop)) {
    case 'mutual':
      return `${both(from, to)} follow each other ${on}`;
    case 'to-follows':
      return `${to.subject} ${follow(to)} ${from.object} ${on}`;
    case 'to-interacted':
      return `${to.subject} ${have(to)} interacted with ${from.object} ${on}`;
    case 'from-follows':
      return `${from.subject} ${follow(from)} ${to.object} ${on}`;
    case 'from-interacted':
      return `${from.subject} ${have(from)} interacted with ${to.object} ${on}`;
    case 'none':
      return null;
  }
}

/**
 * The bandwagon's relative clause, the user writing to the hop's later person about its earlier
 * one: "whom you follow on X" only when they do.
 */
export function relativeClause(hop: PathHopDto): string | null {
  const on = onNetwork(hop);
  switch (knowing(hop)) {
    case 'mutual':
    case 'to-follows':
      return `whom you follow ${on}`;
    case 'to-interacted':
      return `with whom you have interacted ${on}`;
    case 'from-follows':
      return `who follows you ${on}`;
    case 'from-interacted':
      return `who has interacted with you ${on}`;
    case 'none':
      return null;
  }
}
