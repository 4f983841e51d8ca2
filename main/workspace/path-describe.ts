import type { AccountBrief, ReferralPathDto, Relationship } from '../../common/dto';
import { EvidenceGraph, type EvidenceSource } from '../analysis/evidence-graph';
import { coldReason, describeTie, explainPath, hopDirection } from '../analysis/explain';
import type { PathSource, RankedPath } from '../analysis/referral-paths';
import { relationshipTie } from '../analysis/tie-strength';
import type { OpenWorkspace } from './open-workspace';

export type Person = ReturnType<OpenWorkspace['people']['confirmedAccounts']>[number];

/** Which of the user's people may start a path, and whether to give each one's best path too. */
export interface PathFilters {
  personId?: number | undefined;
  relationship?: Relationship | undefined;
  groupByPerson?: boolean | undefined;
}

/** A path's start: the person's account, with the user's tie to that person. */
export function sourceOf(person: Person): PathSource {
  return {
    node: person.accountId,
    strength: relationshipTie(person.relationship, person.tieOverride),
    countsAsIntermediary: person.relationship !== 'me',
  };
}

/**
 * Turns found paths into what users read: the people, each hop's evidence, direction and warmth.
 * Each call describes a batch of paths (all the ways in: one per person), reading their accounts
 * in one statement; what it reads is kept for the next call.
 */
export function pathDescriber(workspace: OpenWorkspace) {
  const ties = workspace.ties.get();
  const records = workspace.evidence;
  // Who follows whom from the tie index the search read (the follows table, in memory): a lookup
  // instead of two statements per hop. Interactions from the records.
  const source: EvidenceSource = {
    followees: (account) => records.followees(account),
    followers: (account) => records.followers(account),
    follows: (follower, followee) => ties.follows(follower, followee),
    interactionsOf: (account) => records.interactionsOf(account),
  };
  const evidence = new EvidenceGraph(source);
  const briefs = new Map<number, AccountBrief>();
  const brief = (id: number) => {
    let known = briefs.get(id);
    if (!known) {
      known = workspace.accounts.brief(id)!;
      briefs.set(id, known);
    }
    return known;
  };
  const describe = (path: RankedPath, person: Person): ReferralPathDto => {
    const hops = path.nodes.slice(1).map((to, index) => {
      const from = path.nodes[index]!;
      const facts = evidence.evidence(from, to);
      const direction = hopDirection(facts);
      const cold = path.coldHops[index]!;
      return {
        from: brief(from),
        to: brief(to),
        strength: path.ties[index + 1]!,
        evidence: describeTie(brief(from), brief(to), facts),
        direction,
        cold,
        coldReason: cold ? coldReason(brief(from), brief(to), direction) : null,
      };
    });
    const start = {
      personId: person.personId,
      personName: person.personName,
      relationship: person.relationship,
      strength: path.ties[0]!,
      account: brief(path.nodes[0]!),
    };
    return { score: path.score, start, hops, explanation: explainPath(start, hops), cold: path.cold };
  };
  return (paths: readonly { path: RankedPath; person: Person }[]): ReferralPathDto[] => {
    const unread = new Set(paths.flatMap(({ path }) => path.nodes).filter((id) => !briefs.has(id)));
    for (const [id, known] of workspace.accounts.briefs([...unread])) briefs.set(id, known);
    return paths.map(({ path, person }) => describe(path, person));
  };
}
