import type { AccountBrief, PathsResultDto } from '../../common/dto';
import { accountLabel } from '../analysis/explain';
import { rankReferralPaths, type PathSource } from '../analysis/referral-paths';
import { TIE_FORMULA_TEXT } from '../analysis/tie-strength';
import type { OpenWorkspace } from './open-workspace';
import { pathDescriber, sourceOf, type PathFilters, type Person } from './path-describe';
import { groupPathsByPerson } from './path-groups';
import { colleagueStarts, throughColleague, type ColleagueStart } from './relationships-colleagues';
import { pathStartTies, withStartTie } from './relationships-ties';
import { prospectOrganisation } from './prospect-organisation';

/** Says what data is missing when no path exists, instead of an empty panel. */
function diagnose(
  workspace: OpenWorkspace,
  prospect: AccountBrief,
  people: Person[],
  filtered: boolean,
): string {
  const name = accountLabel(prospect);
  if (people.length === 0) {
    return filtered
      ? 'None of the people you chose is linked to an account yet. Link them to their accounts in People.'
      : 'None of your people is linked to an account yet. Import your own X archive (it becomes “me”) or your contact lists, and confirm the suggested links.';
  }
  const edges = workspace.accounts.importedEdges(prospect.id);
  if (edges.followers === 0 && edges.followees === 0) {
    return `None of ${name}’s followers or followees are imported. Import ${name}’s follower or following list (an API export or twarc2 file) to find a way in.`;
  }
  return `None of your ${people.length} linked people is within three introductions of ${name} in the imported data (${edges.followers.toLocaleString('en-US')} of ${name}’s followers and ${edges.followees.toLocaleString('en-US')} followees are imported). Import more of their lists, or your colleagues’ archives.`;
}

export function findPaths(
  workspace: OpenWorkspace,
  accountId: number,
  limit: number,
  filters: PathFilters = {},
): PathsResultDto {
  const prospect = workspace.requireAccount(accountId);
  if (filters.personId !== undefined) workspace.requirePerson(filters.personId);
  const filtered = filters.personId !== undefined || filters.relationship !== undefined;
  const linked = workspace.people
    .confirmedAccounts()
    .filter(
      (p) =>
        (filters.personId === undefined || p.personId === filters.personId) &&
        (filters.relationship === undefined || p.relationship === filters.relationship),
    );
  // The first hop uses the tie from the user's mail and calendars (or their own score) when there is one.
  const startTies = pathStartTies(workspace, new Map(linked.map((p) => [p.personId, p.relationship])));
  const people = linked.map((p) => ({
    ...p,
    tieOverride: startTies.get(p.personId)?.strength ?? p.tieOverride,
  }));

  // An account can belong to several of the user's people: the closest one starts the path.
  const byAccount = new Map<number, { person: Person; source: PathSource }>();
  for (const person of people) {
    const source = sourceOf(person);
    const current = byAccount.get(person.accountId);
    if (!current || current.source.strength < source.strength)
      byAccount.set(person.accountId, { person, source });
  }
  // What colleagues' relationship files add: their people, one more introduction away.
  const via = new Map<number, ColleagueStart>();
  if (!filtered) {
    for (const start of colleagueStarts(workspace, startTies)) {
      const current =
        byAccount.get(start.source.node)?.source.strength ?? via.get(start.source.node)?.source.strength;
      if (current === undefined || current < start.source.strength) {
        byAccount.delete(start.source.node);
        via.set(start.source.node, start);
      }
    }
  }
  const graphs = workspace.ties.get();
  const found = rankReferralPaths(
    graphs,
    [...byAccount.values(), ...via.values()].map((v) => v.source),
    accountId,
    { limit },
  );
  const describe = pathDescriber(workspace);
  const startOf = (node: number) => (byAccount.get(node) ?? via.get(node))!;
  const paths = describe(found.map((path) => ({ path, person: startOf(path.nodes[0]!).person }))).map(
    (path, i) => {
      const colleague = via.get(found[i]!.nodes[0]!);
      if (colleague) return throughColleague(path, colleague.via);
      return withStartTie(path, startTies.get(path.start.personId));
    },
  );
  return {
    prospect,
    paths,
    diagnosis: paths.length ? null : diagnose(workspace, prospect, people, filtered),
    formula: TIE_FORMULA_TEXT,
    ...(filters.groupByPerson ? groupPathsByPerson(workspace, prospect, people, filters, describe) : {}),
    ...prospectOrganisation(workspace, prospect),
  };
}
