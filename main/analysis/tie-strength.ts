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
 * The tie formula, in one place. Users see it in these words (TIE_FORMULA_TEXT):
 * following gives a base (mutual 0.6, one-way 0.35); every interaction adds weight
 * (reply 1, quote 0.8, mention 0.6, repost 0.5, like 0.3), halved for each year of age (an
 * undated one counts half); strength = 1 − (1 − base) · e^(−weight / 4), kept within 0.01–0.95.
 */
export const FOLLOW_BASE = { mutual: 0.6, oneWay: 0.35 } as const;
export const INTERACTION_WEIGHT: Record<InteractionKind, number> = {
  reply: 1,
  quote: 0.8,
  mention: 0.6,
  repost: 0.5,
  like: 0.3,
};
const HALF_LIFE_DAYS = 365;
const UNDATED_FACTOR = 0.5;
const SATURATION = 4;
export const MIN_TIE = 0.01;
export const MAX_TIE = 0.95;

export const TIE_FORMULA_TEXT =
  'A mutual follow starts a tie at 0.60 and a one-way follow at 0.35. Each interaction between the two adds ' +
  'weight (reply 1, quote 0.8, mention 0.6, repost 0.5, like 0.3), halved for every year since it happened. ' +
  'Strength = 1 − (1 − start) × e^(−weight ÷ 4), between 0.01 and 0.95. A path scores the product of its ties.';

function decay(at: string | undefined, now: number): number {
  if (!at) return UNDATED_FACTOR;
  const ageDays = Math.max(0, (now - Date.parse(at)) / 86_400_000);
  return Number.isFinite(ageDays) ? 0.5 ** (ageDays / HALF_LIFE_DAYS) : UNDATED_FACTOR;
}

/** What one interaction adds to a tie's weight at time `now` (its kind's weight, decayed by age). */
export function interactionWeight(kind: InteractionKind, at: string | undefined, now: number): number {
  return INTERACTION_WEIGHT[kind] * decay(at, now);
}

/** The follow base of a tie: mutual, one-way or none. */
export function followBase(aFollowsB: boolean, bFollowsA: boolean): number {
  return aFollowsB && bFollowsA ? FOLLOW_BASE.mutual : aFollowsB || bFollowsA ? FOLLOW_BASE.oneWay : 0;
}

/** Strength from a follow base and the summed interaction weight: the formula's last step. */
export function strengthOf(base: number, weight: number): number {
  if (base === 0 && weight === 0) return 0;
  const strength = 1 - (1 - base) * Math.exp(-weight / SATURATION);
  return Math.min(MAX_TIE, Math.max(MIN_TIE, strength));
}

/** Strength of the tie in (0, 1), or 0 when the evidence shows no tie at all. */
export function tieStrength(evidence: TieEvidence, now: number = Date.now()): number {
  const weight = evidence.interactions.reduce((sum, i) => sum + interactionWeight(i.kind, i.at, now), 0);
  return strengthOf(followBase(evidence.aFollowsB, evidence.bFollowsA), weight);
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
