import type { AppApi } from '../../../common/client';
import type {
  AudienceFilterDto,
  AudienceList,
  AudienceRow,
  AudienceSegmentsDto,
  CategoryDto,
  ListChangeDto,
} from '../../../common/dto';
import { AppError } from '../../../common/errors';
import { needNumber, noPositionals, type Flags } from './args';
import { print } from './people-flags';
import { accountText, namelessLabels, openProspect } from './prospect-flag';
import { writeUserFile } from './user-files';

/** The Followers / Following table's filters, from the flags; a category is named as the user knows it. */
function filterFrom(flags: Flags, categories: CategoryDto[]): AudienceFilterDto {
  let categoryId: number | undefined;
  if (flags.category !== undefined) {
    const wanted = flags.category.trim().toLowerCase();
    const category = categories.find((c) => c.name.toLowerCase() === wanted || String(c.id) === wanted);
    if (!category) {
      const known = categories.map((c) => c.name).join(', ') || 'none yet';
      throw new AppError('BAD_REQUEST', `There is no category “${flags.category}” (categories: ${known}).`);
    }
    categoryId = category.id;
  }
  return {
    ...(flags.role ? { role: flags.role } : {}),
    ...(flags.location ? { location: flags.location } : {}),
    ...(flags.reach ? { reach: flags.reach } : {}),
    ...(categoryId !== undefined ? { categoryId } : {}),
    ...(flags.mine ? { mine: true } : {}),
    ...(flags.competitors ? { competitors: true } : {}),
    ...(flags.query ? { query: flags.query } : {}),
  };
}

function segmentsText(segments: AudienceSegmentsDto, names: Map<number, string>): string {
  const counts = (rows: { label: string; count: number }[]) =>
    rows
      .filter((r) => r.count > 0)
      .map((r) => `  ${String(r.count).padStart(6)}  ${r.label}`)
      .join('\n') || '  —';
  const coverage = segments.declared ? ` of ${segments.declared} on their profile` : '';
  return [
    `${segments.total} ${segments.list}${coverage}; yours: ${segments.mine}; competitors: ${segments.competitors}`,
    'By role (--role):',
    counts(segments.roles.map((r) => ({ label: r.value, count: r.count }))),
    'By location (--location):',
    counts(segments.locations.map((l) => ({ label: l.label, count: l.count }))),
    'By reach (--reach):',
    counts(segments.reach.map((r) => ({ label: r.value, count: r.count }))),
    'By category (--category):',
    counts(
      segments.categories.map((c) => ({
        label: names.get(c.categoryId) ?? `#${c.categoryId}`,
        count: c.count,
      })),
    ),
  ].join('\n');
}

function rowText(row: AudienceRow, names: Map<number, string>, nameless: Map<number, string>): string {
  const categories = row.categories.map((id) => names.get(id) ?? `#${id}`);
  return [
    accountText(row, nameless),
    row.handle && row.name ? row.name : '',
    row.reach === null ? '' : `${row.reach} followers`,
    row.location ?? '',
    categories.length ? `[${categories.join(', ')}]` : '',
    row.competitor ? 'competitor' : '',
    row.mine ? 'yours' : '',
  ]
    .filter(Boolean)
    .join('  ');
}

/** Rows of the filtered table, widest reach first, in pages of the API's largest size up to `limit`. */
async function rowsUpTo(
  api: AppApi,
  request: { accountId: number; list: AudienceList; filter: AudienceFilterDto },
  limit: number,
) {
  const first = await api.audience.list({ ...request, limit: Math.min(limit, 1000) });
  const rows = [...first.rows];
  while (rows.length < Math.min(limit, first.total)) {
    const next = await api.audience.list({
      ...request,
      offset: rows.length,
      limit: Math.min(limit - rows.length, 1000),
    });
    if (next.rows.length === 0) break;
    rows.push(...next.rows);
  }
  return { total: first.total, rows };
}

/** `followers` / `following`: the table, its segments (--segments) or the whole filtered list as CSV (--csv). */
function audienceCommand(list: AudienceList) {
  return async (api: AppApi, positionals: string[], flags: Flags): Promise<void> => {
    noPositionals(positionals);
    const limit = flags.limit === undefined ? 100 : needNumber(flags.limit, '--limit');
    const account = await openProspect(api, flags);
    const categories = await api.categories.list();
    const names = new Map(categories.map((c) => [c.id, c.name]));
    const request = { accountId: account.id, list, filter: filterFrom(flags, categories) };
    if (flags.csv !== undefined) {
      const csv = await api.audience.csv(request);
      const path = writeUserFile(flags.csv, csv);
      const rows = Math.max(0, csv.split('\n').filter((line) => line.trim()).length - 1);
      print(flags, { path, rows }, () => `Wrote ${rows} ${list} of ${accountText(account)} to ${path}`);
      return;
    }
    if (flags.segments) {
      const segments = await api.audience.segments(request);
      print(flags, segments, () => segmentsText(segments, names));
      return;
    }
    const page = await rowsUpTo(api, request, limit);
    const more = page.total - page.rows.length;
    const nameless = flags.json ? new Map<number, string>() : await namelessLabels(api, page.rows);
    print(flags, page, () =>
      [
        ...page.rows.map((row) => rowText(row, names, nameless)),
        page.rows.length === 0 ? `No ${list} match.` : '',
        more > 0
          ? `… and ${more} more (--limit ${page.total} shows them all, --csv writes them to a file)`
          : '',
      ]
        .filter(Boolean)
        .join('\n'),
    );
  };
}

export const followers = audienceCommand('followers');
export const following = audienceCommand('following');

function changeText(change: ListChangeDto, nameless: Map<number, string>): string {
  const when = (side: ListChangeDto['from']) => (side.capturedAt ?? side.importedAt).slice(0, 10);
  const verb = change.list === 'following' ? 'follows' : 'followers';
  const names = (accounts: ListChangeDto['added'], sign: string, count: number) => [
    ...accounts.map(
      (a) => `  ${sign} ${accountText(a, nameless)}${a.handle && a.name ? ` (${a.name})` : ''}`,
    ),
    ...(count > accounts.length ? [`  ${sign} … and ${count - accounts.length} more`] : []),
  ];
  return [
    `${change.list} from ${change.from.fileName} (${when(change.from)}) to ${change.to.fileName} (${when(change.to)}): ${change.addedCount} new ${verb}, ${change.removedCount} gone`,
    ...names(change.added, '+', change.addedCount),
    ...names(change.removed, '-', change.removedCount),
  ].join('\n');
}

/** `changes --prospect @h`: what changed in their lists between the two latest imports of each. */
export async function changes(api: AppApi, positionals: string[], flags: Flags): Promise<void> {
  noPositionals(positionals);
  const account = await openProspect(api, flags);
  const result = await api.audience.changes({ accountId: account.id });
  const nameless = flags.json
    ? new Map<number, string>()
    : await namelessLabels(
        api,
        result.flatMap((change) => [...change.added, ...change.removed]),
      );
  print(
    flags,
    result,
    () =>
      result.map((change) => changeText(change, nameless)).join('\n\n') ||
      `No changes to show: import ${accountText(account)}'s followers or following list twice, some time apart.`,
  );
}
