import type { TieGraph } from './referral-paths';
import { hopTie, reversed, type Interaction, type TieEvidence } from './tie-strength';

/** Raw facts about accounts, as a repository reads them; `from: 'a'` means the account asked about acted. */
export interface EvidenceSource {
  followees(account: number): number[];
  followers(account: number): number[];
  follows(follower: number, followee: number): boolean;
  /** Every interaction involving the account, by the other account. */
  interactionsOf(account: number): Map<number, Interaction[]>;
}

/**
 * The hops over a workspace's evidence, computed lazily and cached for one search: only the
 * accounts the search reaches are ever read. The reference the tie index is checked against.
 */
export class EvidenceGraph implements TieGraph {
  private readonly interactions = new Map<number, Map<number, Interaction[]>>();
  private readonly neighbourCache = new Map<number, { node: number; strength: number }[]>();

  constructor(
    private readonly source: EvidenceSource,
    private readonly now: number = Date.now(),
  ) {}

  private interactionsOf(account: number): Map<number, Interaction[]> {
    let found = this.interactions.get(account);
    if (!found) {
      found = this.source.interactionsOf(account);
      this.interactions.set(account, found);
    }
    return found;
  }

  /**
   * The evidence between two accounts. When b's interactions are already read (the prospect's
   * are, once per search) they are used from b's side, so a's need not be read at all.
   */
  evidence(a: number, b: number): TieEvidence {
    const aFollowsB = this.source.follows(a, b);
    const bFollowsA = this.source.follows(b, a);
    const fromB = this.interactions.get(b);
    if (fromB)
      return reversed({ aFollowsB: bFollowsA, bFollowsA: aFollowsB, interactions: fromB.get(a) ?? [] });
    return { aFollowsB, bFollowsA, interactions: this.interactionsOf(a).get(b) ?? [] };
  }

  /** Reads an account's interactions up front (the prospect's: every tie to it then costs two lookups). */
  prepare(account: number): void {
    this.interactionsOf(account);
  }

  /** The hop from a to b (every hop, warm or cold). */
  tie(a: number, b: number): number {
    return this.hop(a, b).strength;
  }

  hop(a: number, b: number): { strength: number; warm: boolean } {
    return hopTie(this.evidence(a, b), this.now);
  }

  neighbours(account: number): { node: number; strength: number }[] {
    const cached = this.neighbourCache.get(account);
    if (cached) return cached;
    const followees = new Set(this.source.followees(account));
    const followers = new Set(this.source.followers(account));
    const interactions = this.interactionsOf(account);
    const partners = new Set([...followees, ...followers, ...interactions.keys()]);
    partners.delete(account);
    const list: { node: number; strength: number }[] = [];
    for (const node of partners) {
      const { strength } = hopTie(
        {
          aFollowsB: followees.has(node),
          bFollowsA: followers.has(node),
          interactions: interactions.get(node) ?? [],
        },
        this.now,
      );
      if (strength > 0) list.push({ node, strength });
    }
    this.neighbourCache.set(account, list);
    return list;
  }
}
