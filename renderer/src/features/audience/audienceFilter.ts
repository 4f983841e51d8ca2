import type { AudienceFilterDto, AudienceList, CategoryDto } from '../../../../common/dto';
import { formatCount } from '../../components/format/count';

export type AudienceSort = 'reach' | 'name' | 'handle';

/** The filter as URL-style parameters, in a fixed order: a stable key and a shareable form. */
export function filterToParams(filter: AudienceFilterDto): string {
  const params = new URLSearchParams();
  if (filter.role) params.set('role', filter.role);
  if (filter.location) params.set('location', filter.location);
  if (filter.reach) params.set('reach', filter.reach);
  if (filter.categoryId !== undefined) params.set('category', String(filter.categoryId));
  if (filter.mine) params.set('mine', '1');
  if (filter.competitors) params.set('competitors', '1');
  const query = filter.query?.trim();
  if (query) params.set('q', query);
  return params.toString();
}

/** The reverse of filterToParams; unknown or malformed parameters are ignored. */
export function filterFromParams(text: string): AudienceFilterDto {
  const params = new URLSearchParams(text);
  const filter: AudienceFilterDto = {};
  const role = params.get('role');
  if (role) filter.role = role.slice(0, 100);
  const location = params.get('location');
  if (location) filter.location = location.slice(0, 300);
  const reach = params.get('reach');
  if (reach) filter.reach = reach.slice(0, 40);
  const category = Number(params.get('category'));
  if (params.has('category') && Number.isInteger(category) && category > 0) filter.categoryId = category;
  if (params.get('mine') === '1') filter.mine = true;
  if (params.get('competitors') === '1') filter.competitors = true;
  const query = params.get('q')?.trim();
  if (query) filter.query = query.slice(0, 200);
  return filter;
}

export function isFilterEmpty(filter: AudienceFilterDto): boolean {
  return filterToParams(filter) === '';
}

/** Sets one part of the filter, or clears it when the same value is picked again. */
export function toggleFilter<K extends keyof AudienceFilterDto>(
  filter: AudienceFilterDto,
  key: K,
  value: AudienceFilterDto[K],
): AudienceFilterDto {
  const next = { ...filter };
  if (next[key] === value || value === undefined || value === '' || value === false) delete next[key];
  else next[key] = value;
  return next;
}

/** The filter as the server takes it: the free text trimmed, empty parts left out. */
export function serverFilter(filter: AudienceFilterDto): AudienceFilterDto {
  return filterFromParams(filterToParams(filter));
}

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
}

/**
 * "followers-of-jack.csv", "following-of-jack-ceo-london.csv": what the list is, whose, and the
 * filter it was exported with, in characters every file system accepts.
 */
export function csvFilename(
  list: AudienceList,
  account: { handle: string | null; id: number },
  filter: AudienceFilterDto = {},
  categories: readonly CategoryDto[] = [],
): string {
  const who = slug(account.handle ?? '') || `account-${account.id}`;
  const parts = [
    filter.role,
    filter.location,
    filter.reach,
    filter.categoryId === undefined
      ? undefined
      : (categories.find((c) => c.id === filter.categoryId)?.name ?? `category-${filter.categoryId}`),
    filter.mine ? 'yours' : undefined,
    filter.competitors ? 'competitors' : undefined,
    filter.query,
  ]
    .map((part) => (part ? slug(part) : ''))
    .filter(Boolean);
  return `${[`${list}-of-${who}`, ...parts].join('-').slice(0, 120)}.csv`;
}

/** "1,180 of 3,400 followers imported (35%)"; without the profile's count, the count alone. */
export function coverageText(list: AudienceList, imported: number, declared: number | null): string {
  const noun = list === 'followers' ? 'followers' : 'followed accounts';
  if (declared === null || declared <= 0) return `${formatCount(imported)} ${noun} imported`;
  const share = imported >= declared ? 100 : Math.floor((imported / declared) * 100);
  return `${formatCount(imported)} of ${formatCount(declared)} ${noun} imported (${share}%)`;
}

/** Colours for categories saved without one: distinct in both themes. */
export const categoryPalette = [
  '#2f7ed8',
  '#d9534f',
  '#8e6bbf',
  '#2a9d8f',
  '#e69500',
  '#5c6bc0',
  '#c2185b',
  '#558b2f',
];

export function categoryColor(category: Pick<CategoryDto, 'id' | 'color'> | undefined): string {
  if (!category) return '#8a8d96';
  return category.color ?? categoryPalette[(category.id - 1) % categoryPalette.length]!;
}
