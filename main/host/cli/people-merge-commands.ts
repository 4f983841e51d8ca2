import type { AppApi } from '../../../common/client';
import type { DuplicateGroupDto, DuplicatePersonDto } from '../../../common/person-merge-dto';
import { needNumber, noPositionals, type Flags } from './args';
import { print, relationshipFlag } from './people-flags';

function recordLine(person: DuplicatePersonDto): string {
  const role = [person.position, person.company].filter(Boolean).join(' at ');
  const from = person.sources.map((source) => source.fileName).join(', ') || '—';
  return `  #${person.id}  ${person.displayName}${role ? ` — ${role}` : ''}${person.email ? `  ${person.email}` : ''}  (from ${from})`;
}

function groupText(group: DuplicateGroupDto): string {
  return [
    `${group.people[0]!.displayName}: ${group.evidence.map((e) => e.text).join('; ')}`,
    ...group.people.map(recordLine),
  ].join('\n');
}

async function duplicates(api: AppApi, positionals: string[], flags: Flags) {
  noPositionals(positionals);
  const groups = await api.people.duplicates();
  print(flags, groups, () =>
    groups.length
      ? `${groups.map(groupText).join('\n\n')}\n\nMerge with: people merge <keep id> <other id> (the first is the one with most sources).`
      : 'No possible duplicates among your contacts.',
  );
}

async function merge(api: AppApi, [keep, other, ...extra]: string[], flags: Flags) {
  noPositionals(extra);
  const usage = 'people merge <keep id> <other id>';
  const relationship = relationshipFlag(flags);
  const done = await api.people.merge({
    keepId: needNumber(keep, usage),
    otherId: needNumber(other, usage),
    ...(relationship ? { relationship } : {}),
  });
  print(
    flags,
    done,
    () =>
      `Merged ${done.otherName} into ${done.keptName} (#${done.keptId}). Undo with: people unmerge ${done.id}`,
  );
}

async function unmerge(api: AppApi, [mergeId, ...extra]: string[], flags: Flags) {
  noPositionals(extra);
  const done = await api.people.unmerge({ mergeId: needNumber(mergeId, 'people unmerge <merge id>') });
  print(flags, done, () => `Separated again: #${done.keptId} and #${done.otherId}.`);
}

/** `people duplicates`, `people merge <keep> <other>` and `people unmerge <merge>`. */
export const mergeCommands = { duplicates, merge, unmerge };
