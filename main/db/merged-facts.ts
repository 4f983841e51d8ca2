import type { Relationship } from '../../common/dto';

/** A person_facts row (migration 007) as SQLite returns it. */
export interface FactsRow {
  person_key: string;
  customer_since: string | null;
  did: string | null;
  says: string | null;
  relationship: Relationship | null;
  updated_at: string;
}

interface Side {
  row: Record<string, unknown>;
  facts: FactsRow | null;
}

/**
 * Both texts when both say something: the other's under its own name, so nothing the user wrote
 * is dropped silently ("Rebuilt their routing" + "[From J. Doe's record] Ran the pilot").
 */
function joined(kept: string | null, other: string | null, otherName: string): string | null {
  if (!other || kept?.includes(other)) return kept;
  if (!kept) return other;
  return `${kept}\n\n[From ${otherName}'s record] ${other}`;
}

/**
 * What the merged person's facts are: the kept person's, blanks filled from the other's; both
 * texts when both wrote one; the relationship the user chose now, else the one they chose
 * before (the kept person's first). Null when neither has facts and nothing was chosen.
 */
export function mergedFacts(
  kept: Side,
  other: Side,
  relationship: Relationship | undefined,
): Omit<FactsRow, 'person_key' | 'updated_at'> | null {
  const k = kept.facts;
  const o = other.facts;
  if (!k && !o && !relationship) return null;
  // Without a facts row "customer since" is LinkedIn's Connected On: kept as such.
  const connected = (side: Side) =>
    typeof side.row.connected_on === 'string' ? side.row.connected_on.slice(0, 10) : null;
  const since = (side: Side) => (side.facts ? side.facts.customer_since : connected(side));
  return {
    customer_since: since(kept) ?? since(other) ?? connected(kept) ?? connected(other),
    did: joined(k?.did ?? null, o?.did ?? null, String(other.row.display_name)),
    says: joined(k?.says ?? null, o?.says ?? null, String(other.row.display_name)),
    relationship: relationship ?? k?.relationship ?? o?.relationship ?? null,
  };
}
