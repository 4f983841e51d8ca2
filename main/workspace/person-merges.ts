import type { Relationship } from '../../common/dto';
import { AppError } from '../../common/errors';
import type { DuplicateGroupDto, DuplicatePersonDto, PersonMergeDto } from '../../common/person-merge-dto';
import { findDuplicates, type DuplicateCandidate } from '../analysis/person-duplicates';
import { PeopleMergeRepo } from '../db/people-merge-repo';
import { PersonDuplicatesRepo, type MergeSummary } from '../db/person-duplicates-repo';
import type { OpenWorkspace } from './open-workspace';

const repos = (workspace: OpenWorkspace) => ({
  duplicates: new PersonDuplicatesRepo(workspace.db),
  merges: new PeopleMergeRepo(workspace.db),
});

function describePerson(
  workspace: OpenWorkspace,
  candidate: DuplicateCandidate,
  accounts: string[],
): DuplicatePersonDto {
  const detail = workspace.peopleList.detail(candidate.id)!;
  return {
    id: detail.id,
    displayName: detail.displayName,
    company: detail.company,
    position: detail.position,
    email: detail.email,
    profileUrl: candidate.profileUrl ?? null,
    relationship: detail.relationship,
    facts: workspace.personFacts.get(candidate.id),
    accounts,
    sources: detail.sources,
  };
}

/** Possible duplicates among the user's people, each group with its evidence, the pairs said apart left out. */
export function personDuplicates(workspace: OpenWorkspace): DuplicateGroupDto[] {
  const { duplicates } = repos(workspace);
  const candidates = duplicates.candidates();
  const byId = new Map(candidates.map((candidate) => [candidate.id, candidate]));
  const groups = findDuplicates(candidates, duplicates.rejections());
  if (groups.length === 0) return [];
  const accounts = new Map<number, string[]>();
  for (const link of workspace.people.links('confirmed')) {
    if (link.handle) accounts.set(link.personId, [...(accounts.get(link.personId) ?? []), `@${link.handle}`]);
  }
  return groups.map((group) => ({
    people: group.personIds.map((id) => describePerson(workspace, byId.get(id)!, accounts.get(id) ?? [])),
    evidence: group.evidence,
  }));
}

function mergeDto(workspace: OpenWorkspace, merge: MergeSummary): PersonMergeDto {
  const kept = workspace.peopleList.detail(merge.keptId);
  return { ...merge, keptName: kept?.displayName ?? `person #${merge.keptId}` };
}

/** The merges that can be undone, newest first: into one person, or all. */
export function personMerges(workspace: OpenWorkspace, personId?: number): PersonMergeDto[] {
  const { duplicates } = repos(workspace);
  return duplicates.mergesInto(personId).map((merge) => mergeDto(workspace, merge));
}

/** Merges `otherId` into `keepId` (both must exist); the merge, for its undo. */
export function mergePeople(
  workspace: OpenWorkspace,
  request: { keepId: number; otherId: number; relationship?: Relationship },
): PersonMergeDto {
  workspace.requirePerson(request.keepId);
  workspace.requirePerson(request.otherId);
  const { merges, duplicates } = repos(workspace);
  const mergeId = merges.merge(request);
  return mergeDto(workspace, duplicates.merge(mergeId)!);
}

/** Undoes a merge: both people back as they were, with their ids. */
export function unmergePeople(
  workspace: OpenWorkspace,
  mergeId: number,
): { keptId: number; otherId: number } {
  return repos(workspace).merges.unmerge(mergeId);
}

/** The user says these two records are different people: they are not offered together again. */
export function rejectDuplicate(workspace: OpenWorkspace, personId: number, otherId: number): void {
  workspace.requirePerson(personId);
  workspace.requirePerson(otherId);
  if (personId === otherId) throw new AppError('BAD_REQUEST', 'A person is always the same as themselves.');
  repos(workspace).duplicates.reject(personId, otherId);
}
