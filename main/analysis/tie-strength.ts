import type { Relationship } from '../../common/dto';

/** What the workspace knows about two accounts' connection, in either direction. */
export interface TieEvidence {
  aFollowsB: boolean;
  bFollowsA: boolean;
  interactions: Interaction[];
}

export type InteractionKind = 'reply' | 'quote' | 'mention' | 'repost' | 'like';

export interface Interaction {
  kind: InteractionKind;
  /** Who acted: 'a' replied to / mentioned / liked 'b', or the reverse. */
  from: 'a' | 'b';
  /** UTC ISO; undefined when the data does not say. */
  at?: string;
}

/**
 * The tie formula, in one place. Users see it in these words (TIE_FORMULA_TEXT). A path goes from
 * one person to the next, each introducing the user onward; a hop from a (earlier) to b (next)
 * is warm only when b knows a: b follows a, or b replied to, mentioned, quoted, reposted or liked
 * a. Following gives a base: both ways 0.6, b follows a 0.45, only a follows b 0.25 (cold). Every
 * interaction adds weight (reply 1, quote 0.8, mention 0.6, repost 0.5, like 0.3), halved for each
 * year of age (an undated one counts half); b's count in full, a's at half. Strength =
 * 1 − (1 − base) · e^(−weight / 4), kept within 0.01–0.95.
 */
export const FOLLOW_BASE = { mutual: 0.6, nextFollowsEarlier: 0.45, earlierFollowsNext: 0.25 } as const;
export const INTERACTION_WEIGHT: Record<InteractionKind, number> = {
  reply: 1,
  quote: 0.8,
  mention: 0.6,
  repost: 0.5,
  like: 0.3,
};
/** What the earlier person's own interactions with the next one count for: reaching out is not being known. */
export const EARLIER_INTERACTION_FACTOR = 0.5;
const HALF_LIFE_DAYS = 365;
const UNDATED_FACTOR = 0.5;
const SATURATION = 4;
export const MIN_TIE = 0.01;
export const MAX_TIE = 0.95;

export const TIE_FORMULA_TEXT =
  'Each step of a path goes from one person to the next, who is asked to listen to them. A step is warm when ' +
  'the next person knows the earlier one: follows them, or has replied to, mentioned, quoted, reposted or liked ' +
  'them. A step where only the earlier person follows (or reaches out to) the next is cold: such a path is ' +
  'shown, marked cold, and ranks below every warm path. Following starts a tie at 0.60 when both follow each ' +
  'other, 0.45 when the next person follows the earlier one, and 0.25 when only the earlier follows the next. ' +
  'Each interaction adds weight (reply 1, quote 0.8, mention 0.6, repost 0.5, like 0.3), halved for every year ' +
  'since it happened; the next person’s count in full, the earlier person’s at half. ' +
  'Strength = 1 − (1 − start) × e^(−weight ÷ 4), between 0.01 and 0.95. A path scores the product of its ties, ' +
  'starting with your tie to your person.';

function decay(at: string | undefined, now: number): number {
  if (!at) return UNDATED_FACTOR;
  const ageDays = Math.max(0, (now - Date.parse(at)) / 86_400_000);
  return Number.isFinite(ageDays) ? 0.5 ** (ageDays / HALF_LIFE_DAYS) : UNDATED_FACTOR;
}

/** What one interaction adds to a tie's weight at time `now` (its kind's weight, decayed by age). */
export function interactionWeight(kind: InteractionKind, at: string | undefined, now: number): number {
  return INTERACTION_WEIGHT[kind] * decay(at, now);
}

/** The follow base of a hop from the earlier person to the next: both ways, next follows earlier, the reverse, none. */
export function followBase(earlierFollowsNext: boolean, nextFollowsEarlier: boolean): number {
  if (earlierFollowsNext && nextFollowsEarlier) return FOLLOW_BASE.mutual;
  if (nextFollowsEarlier) return FOLLOW_BASE.nextFollowsEarlier;
  return earlierFollowsNext ? FOLLOW_BASE.earlierFollowsNext : 0;
}

/** Strength from a follow base and the summed interaction weight: the formula's last step. */
export function strengthOf(base: number, weight: number): number {
  if (base === 0 && weight === 0) return 0;
  const strength = 1 - (1 - base) * Math.exp(-weight / SATURATION);
  return Math.min(MAX_TIE, Math.max(MIN_TIE, strength));
}

/**
 * One hop from the facts, with weights already summed per actor (the tie index's form):
 * `byNext` is what the next person did towards the earlier one, `byEarlier` the reverse.
 */
export function hopOf(
  earlierFollowsNext: boolean,
  nextFollowsEarlier: boolean,
  byEarlier: number,
  byNext: number,
): { strength: number; warm: boolean } {
  const weight = byNext + EARLIER_INTERACTION_FACTOR * byEarlier;
  return {
    strength: strengthOf(followBase(earlierFollowsNext, nextFollowsEarlier), weight),
    warm: nextFollowsEarlier || byNext > 0,
  };
}

/** The hop from a to b (a introduces the user onward to b): its strength in [0, 1) and whether b knows a. */
export function hopTie(evidence: TieEvidence, now: number = Date.now()): { strength: number; warm: boolean } {
  let byEarlier = 0;
  let byNext = 0;
  for (const i of evidence.interactions) {
    const weight = interactionWeight(i.kind, i.at, now);
    if (i.from === 'a') byEarlier += weight;
    else byNext += weight;
  }
  return hopOf(evidence.aFollowsB, evidence.bFollowsA, byEarlier, byNext);
}

/** The same facts seen from the other end: b becomes the earlier person. */
export function reversed(evidence: TieEvidence): TieEvidence {
  return {
    aFollowsB: evidence.bFollowsA,
    bFollowsA: evidence.aFollowsB,
    interactions: evidence.interactions.map((i) => ({ ...i, from: i.from === 'a' ? 'b' : 'a' })),
  };
}

/** The user's own tie to one of their people, from the relationship unless the user set one. */
export const RELATIONSHIP_TIE: Record<Relationship, number> = {
  me: 1,
  colleague: 0.9,
  friend: 0.85,
  partner: 0.75,
  customer: 0.7,
  other: 0.4,
};

export function relationshipTie(relationship: Relationship, override: number | null | undefined): number {
  return override ?? RELATIONSHIP_TIE[relationship];
}
