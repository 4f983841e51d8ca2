import type { AppApi } from '../../../common/client';
import type { SavedSearchDto } from '../../../common/dto';
import { AppError } from '../../../common/errors';
import { needWorkspace, noPositionals, UsageError, type Flags } from './args';
import { print } from './people-flags';
import { printSearch } from './search-output';

const USAGE = 'expected: searches list | run <id or name> | save <name> "<query>" | delete <id or name>';

/** A saved search by its id or its name (names are what the user sees in the app). */
async function savedSearch(api: AppApi, ref: string | undefined): Promise<SavedSearchDto> {
  if (!ref) throw new UsageError(USAGE);
  const all = await api.searches.list();
  const wanted = ref.trim().toLowerCase();
  const found = all.find((s) => String(s.id) === wanted) ?? all.find((s) => s.name.toLowerCase() === wanted);
  if (!found) throw new AppError('BAD_REQUEST', `There is no saved search “${ref}”.`);
  return found;
}

function listText(list: SavedSearchDto[]): string {
  return (
    list
      .map(
        (s) =>
          `#${s.id}  ${s.name}  “${s.query}”  ${s.total} matches${s.newMatches ? `, ${s.newMatches} new` : ''}`,
      )
      .join('\n') || 'No saved searches yet: searches save <name> "<query>".'
  );
}

/** `searches list|run|save|delete`: the saved searches of the Search tab, from the same use cases. */
export async function searches(api: AppApi, [verb, ...rest]: string[], flags: Flags): Promise<void> {
  await api.workspace.open({ path: needWorkspace(flags) });
  if (verb === 'list') {
    noPositionals(rest);
    const list = await api.searches.list();
    print(flags, list, () => listText(list));
  } else if (verb === 'run') {
    const [ref, ...extra] = rest;
    noPositionals(extra);
    const saved = await savedSearch(api, ref);
    const result = await api.search.run({ query: saved.query, limit: 50 });
    // Seen now, as when the app opens it: its "new" count starts again from here.
    await api.searches.markViewed({ id: saved.id });
    printSearch(flags, result);
  } else if (verb === 'save') {
    const [name, query, ...extra] = rest;
    noPositionals(extra);
    if (!name || !query) throw new UsageError('expected: searches save <name> "<query>"');
    const saved = await api.searches.save({ name, query });
    print(flags, saved, () => `Saved “${saved.name}” (#${saved.id}): ${saved.total} matches now.`);
  } else if (verb === 'delete') {
    const [ref, ...extra] = rest;
    noPositionals(extra);
    const saved = await savedSearch(api, ref);
    await api.searches.delete({ id: saved.id });
    print(flags, { deleted: saved.id }, () => `Deleted the saved search “${saved.name}”.`);
  } else {
    throw new UsageError(USAGE);
  }
}
