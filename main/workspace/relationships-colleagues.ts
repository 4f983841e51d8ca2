import type { ReferralPathDto } from '../../common/dto';
import { accountLabel } from '../analysis/explain';
import type { PathSource } from '../analysis/referral-paths';
import { RELATIONSHIP_TIE } from '../analysis/tie-strength';
import { TiesRepo } from '../db/ties-repo';
import type { OpenWorkspace } from './open-workspace';
import type { Person } from './path-describe';
import type { StartTie } from './relationships-ties';

/** A colleague's person who has an account here: a path can start with them, through the colleague. */
export interface ColleagueStart {
  source: PathSource;
  /** Stands in for one of the user's people when the path is described. */
  person: Person;
  via: NonNullable<ReferralPathDto['start']['via']>;
}

/**
 * Where paths through colleagues' networks start: each person of an imported relationship file
 * found among the workspace's accounts, at the user's tie to the colleague times the colleague's
 * tie to them. The colleague's tie is the user's start tie to them (mail, meetings, their score)
 * when the colleague is one of the user's people, else a colleague's.
 */
export function colleagueStarts(
  workspace: OpenWorkspace,
  startTies: ReadonlyMap<number, StartTie>,
): ColleagueStart[] {
  const repo = new TiesRepo(workspace.db);
  const colleagues = new Map(
    repo.colleagueNetworks().map((network) => {
      const personId = repo.personByKeys(network.colleagueKeys);
      const relationship = personId === null ? 'colleague' : (repo.relationshipOf(personId) ?? 'colleague');
      const tie =
        (personId !== null ? startTies.get(personId)?.strength : undefined) ?? RELATIONSHIP_TIE[relationship];
      return [network.sourceId, { name: network.colleagueName, personId, tie }] as const;
    }),
  );
  return repo.colleagueAccountTies().flatMap((row) => {
    const colleague = colleagues.get(row.sourceId);
    if (!colleague) return [];
    return [
      {
        source: {
          node: row.accountId,
          strength: colleague.tie * (row.score / 100),
          countsAsIntermediary: true,
          before: 1,
        },
        person: {
          personId: colleague.personId ?? 0,
          personName: row.personName,
          relationship: 'other' as const,
          tieOverride: null,
          accountId: row.accountId,
        },
        via: {
          colleagueName: colleague.name,
          colleaguePersonId: colleague.personId,
          colleagueTie: colleague.tie,
          score: row.score,
        },
      },
    ];
  });
}

/** The path as read through the colleague: who knows whom, then the hops. */
export function throughColleague(path: ReferralPathDto, via: ColleagueStart['via']): ReferralPathDto {
  const { start, hops } = path;
  const reasons = hops.flatMap((h) => (h.coldReason ? [h.coldReason] : []));
  const cold = reasons.length ? ` Cold: ${reasons.join('; ')}.` : '';
  return {
    ...path,
    start: { ...start, via },
    explanation:
      `Through ${via.colleagueName}, who knows ${start.personName} (${via.score} of 100 in ` +
      `${via.colleagueName}’s relationships): ${start.personName} (${accountLabel(start.account)}): ` +
      `${hops.map((h) => h.evidence).join('; then ')}.${cold}`,
  };
}
