import type { AccountBrief, PathsResultDto, ReferralPathDto } from '../../common/dto';
import { EvidenceGraph } from '../analysis/evidence-graph';
import { accountLabel, coldReason, describeTie, explainPath, hopDirection } from '../analysis/explain';
import { rankReferralPaths, type PathSource } from '../analysis/referral-paths';
import { relationshipTie, TIE_FORMULA_TEXT } from '../analysis/tie-strength';
import type { OpenWorkspace } from './open-workspace';

type Person = ReturnType<OpenWorkspace['people']['confirmedAccounts']>[number];

/** Says what data is missing when no path exists, instead of an empty panel. */
function diagnose(workspace: OpenWorkspace, prospect: AccountBrief, people: Person[]): string {
  const name = accountLabel(prospect);
  if (people.length === 0) {
    return 'None of your people is linked to an account yet. Import your own X archive (it becomes “me”) or your contact lists, and confirm the suggested links.';
  }
  const edges = workspace.accounts.importedEdges(prospect.id);
  if (edges.followers === 0 && edges.followees === 0) {
    return `None of ${name}’s followers or followees are imported. Import ${name}’s follower or following list (an API export or twarc2 file) to find a way in.`;
  }
  return `None of your ${people.length} linked people is within three introductions of ${name} in the imported data (${edges.followers.toLocaleString('en-US')} of ${name}’s followers and ${edges.followees.toLocaleString('en-US')} followees are imported). Import more of their lists, or your colleagues’ archives.`;
}

export function findPaths(workspace: OpenWorkspace, accountId: number, limit: number): PathsResultDto {
  const prospect = workspace.requireAccount(accountId);
  const people = workspace.people.confirmedAccounts();

  // An account can belong to several of the user's people: the closest one starts the path.
  const byAccount = new Map<number, { person: Person; source: PathSource }>();
  for (const person of people) {
    const strength = relationshipTie(person.relationship, person.tieOverride);
    const current = byAccount.get(person.accountId);
    if (!current || current.source.strength < strength) {
      byAccount.set(person.accountId, {
        person,
        source: { node: person.accountId, strength, countsAsIntermediary: person.relationship !== 'me' },
      });
    }
  }
  const found = rankReferralPaths(
    workspace.ties.get(),
    [...byAccount.values()].map((v) => v.source),
    accountId,
    { limit },
  );

  // The evidence behind each hop, for the explanations, comes from the records themselves.
  const evidence = new EvidenceGraph(workspace.evidence);
  const briefs = new Map<number, AccountBrief>();
  const brief = (id: number) => {
    let known = briefs.get(id);
    if (!known) {
      known = workspace.accounts.brief(id)!;
      briefs.set(id, known);
    }
    return known;
  };
  const paths = found.map((path): ReferralPathDto => {
    const { person, source } = byAccount.get(path.nodes[0]!)!;
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
      strength: source.strength,
      account: brief(source.node),
    };
    return { score: path.score, start, hops, explanation: explainPath(start, hops), cold: path.cold };
  });
  return {
    prospect,
    paths,
    diagnosis: paths.length ? null : diagnose(workspace, prospect, people),
    formula: TIE_FORMULA_TEXT,
  };
}
