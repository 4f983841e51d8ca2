/**
 * Pure functions behind the Following and Followers sections: categories from keyword rules,
 * role words in bios, competitor flags, and the segment counts.
 */

export interface AudienceAccount {
  id: number;
  handle: string | null;
  name: string | null;
  bio: string | null;
  location: string | null;
  reach: number | null;
  /** One of the user's people (confirmed link). */
  mine: boolean;
  /** Categories the user assigned by hand. */
  manualCategories: number[];
}

export interface CategoryRule {
  categoryId: number;
  field: 'bio' | 'name' | 'handle';
  keyword: string;
}

export interface Competitors {
  handles: string[];
  keywords: string[];
}

/** Role words in bios, in the user's words; the first matching pattern names the role. */
export const ROLES: { role: string; pattern: RegExp }[] = [
  { role: 'CEO', pattern: /\b(ceo|chief executive)\b/i },
  { role: 'Founder', pattern: /\b(co-?founder|founder|founding)\b/i },
  { role: 'Investor', pattern: /\b(investor|venture|vc|angel|general partner)\b/i },
  { role: 'Marketing', pattern: /\b(marketing|cmo|growth|brand|communications)\b/i },
  { role: 'Sales', pattern: /\b(sales|account executive|business development|bdr|sdr|revenue)\b/i },
  { role: 'Engineering', pattern: /\b(engineer|engineering|developer|cto|devops|programmer|software)\b/i },
  { role: 'Product', pattern: /\b(product manager|head of product|product lead|cpo)\b/i },
  { role: 'Design', pattern: /\b(designer|ux|ui\/ux|design lead)\b/i },
  { role: 'Data', pattern: /\b(data scientist|analytics|machine learning|\bai\b|ml engineer)\b/i },
  { role: 'Media', pattern: /\b(journalist|editor|reporter|podcast|writer)\b/i },
  { role: 'Academic', pattern: /\b(professor|phd|researcher|lecturer|student)\b/i },
  { role: 'Recruiting', pattern: /\b(recruiter|recruiting|talent acquisition|hr)\b/i },
  { role: 'Consulting', pattern: /\b(consultant|advisor|adviser|consulting)\b/i },
];

export const REACH_BUCKETS = [
  { label: 'Under 1K', min: 0, max: 1_000 },
  { label: '1K–10K', min: 1_000, max: 10_000 },
  { label: '10K–100K', min: 10_000, max: 100_000 },
  { label: '100K+', min: 100_000, max: Infinity },
] as const;

const wordPatterns = new Map<string, RegExp>();

/** Whole-word, case-insensitive match; patterns are compiled once, lists can be 100,000 long. */
function containsWord(text: string | null, keyword: string): boolean {
  if (!text) return false;
  let pattern = wordPatterns.get(keyword);
  if (!pattern) {
    const escaped = keyword.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    pattern = escaped ? new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'iu') : /(?!)/;
    if (wordPatterns.size > 5000) wordPatterns.clear();
    wordPatterns.set(keyword, pattern);
  }
  return pattern.test(text);
}

/** Any role word at all: most bios are told apart by this one test instead of thirteen. */
const ANY_ROLE = new RegExp(ROLES.map((r) => `(?:${r.pattern.source})`).join('|'), 'i');

/** Shared by every account without roles or categories (most of a big list): never mutated. */
const NONE: never[] = [];

export function rolesOf(bio: string | null): string[] {
  if (!bio || !ANY_ROLE.test(bio)) return NONE;
  return ROLES.filter((r) => r.pattern.test(bio)).map((r) => r.role);
}

export function categoriesOf(
  account: Pick<AudienceAccount, 'handle' | 'name' | 'bio' | 'manualCategories'>,
  rules: CategoryRule[],
): number[] {
  let found: Set<number> | null = account.manualCategories.length ? new Set(account.manualCategories) : null;
  // A keyword absent from the lowercased text cannot match as a word: most rules stop here,
  // before their (Unicode-aware, slower) whole-word pattern runs.
  const lowered = {
    handle: account.handle?.toLowerCase(),
    name: account.name?.toLowerCase(),
    bio: account.bio?.toLowerCase(),
  };
  for (const rule of rules) {
    const text = lowered[rule.field];
    if (!text?.includes(lowerKeyword(rule.keyword))) continue;
    if (containsWord(account[rule.field], rule.keyword)) (found ??= new Set()).add(rule.categoryId);
  }
  return found ? [...found].sort((a, b) => a - b) : NONE;
}

const lowerKeywords = new Map<string, string>();
function lowerKeyword(keyword: string): string {
  let lower = lowerKeywords.get(keyword);
  if (lower === undefined) {
    lower = keyword.trim().toLowerCase();
    if (lowerKeywords.size > 5000) lowerKeywords.clear();
    lowerKeywords.set(keyword, lower);
  }
  return lower;
}

export function isCompetitor(account: AudienceAccount, competitors: Competitors): boolean {
  const handle = account.handle?.toLowerCase();
  if (handle && competitors.handles.some((h) => h.replace(/^@/, '').toLowerCase() === handle)) return true;
  return competitors.keywords.some(
    (k) => containsWord(account.name, k) || containsWord(account.bio, k) || containsWord(account.handle, k),
  );
}

/** Free-text locations grouped loosely: case, spacing and trailing punctuation do not split them. */
export function locationKey(location: string | null): string | null {
  const cleaned = location
    ?.replace(/[\p{Extended_Pictographic}\p{Regional_Indicator}\u{FE0F}]/gu, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,.·|/-]+|[\s,.·|/-]+$/g, '')
    .trim();
  return cleaned ? cleaned.toLowerCase() : null;
}

export function reachBucket(reach: number | null): string | null {
  if (reach === null) return null;
  return REACH_BUCKETS.find((b) => reach >= b.min && reach < b.max)?.label ?? null;
}

export interface AudienceFilter {
  role?: string;
  location?: string;
  reach?: string;
  categoryId?: number;
  mine?: boolean;
  competitors?: boolean;
  query?: string;
}

export interface ClassifiedAccount extends AudienceAccount {
  roles: string[];
  categories: number[];
  competitor: boolean;
}

/** Each account with its roles, categories and competitor flag (and whatever else it carried). */
export function classify<T extends AudienceAccount>(
  accounts: T[],
  rules: CategoryRule[],
  competitors: Competitors,
): (T & ClassifiedAccount)[] {
  return accounts.map((a) => ({
    ...a,
    roles: rolesOf(a.bio),
    categories: categoriesOf(a, rules),
    competitor: isCompetitor(a, competitors),
  }));
}

export function matches(account: ClassifiedAccount, filter: AudienceFilter): boolean {
  if (filter.role && !account.roles.includes(filter.role)) return false;
  if (filter.location && locationKey(account.location) !== filter.location.toLowerCase()) return false;
  if (filter.reach && reachBucket(account.reach) !== filter.reach) return false;
  if (filter.categoryId !== undefined && !account.categories.includes(filter.categoryId)) return false;
  if (filter.mine && !account.mine) return false;
  if (filter.competitors && !account.competitor) return false;
  if (filter.query) {
    const q = filter.query.toLowerCase().replace(/^@/, '');
    const hay =
      `${account.handle ?? ''} ${account.name ?? ''} ${account.bio ?? ''} ${account.location ?? ''}`.toLowerCase();
    if (!hay.includes(q)) return false;
  }
  return true;
}

export interface Segments {
  total: number;
  roles: { value: string; count: number }[];
  locations: { value: string; label: string; count: number }[];
  reach: { value: string; count: number }[];
  categories: { categoryId: number; count: number }[];
  mine: number;
  competitors: number;
}

function top<K>(counts: Map<K, number>, limit: number): [K, number][] {
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, limit);
}

export function segment(accounts: ClassifiedAccount[]): Segments {
  const roles = new Map<string, number>();
  const locations = new Map<string, number>();
  const labels = new Map<string, Map<string, number>>();
  const reach = new Map<string, number>();
  const categories = new Map<number, number>();
  let mine = 0;
  let competitors = 0;
  for (const account of accounts) {
    for (const role of account.roles) roles.set(role, (roles.get(role) ?? 0) + 1);
    const key = locationKey(account.location);
    if (key) {
      locations.set(key, (locations.get(key) ?? 0) + 1);
      const forms = labels.get(key) ?? new Map<string, number>();
      const form = account.location!.trim();
      forms.set(form, (forms.get(form) ?? 0) + 1);
      labels.set(key, forms);
    }
    const bucket = reachBucket(account.reach);
    if (bucket) reach.set(bucket, (reach.get(bucket) ?? 0) + 1);
    for (const id of account.categories) categories.set(id, (categories.get(id) ?? 0) + 1);
    if (account.mine) mine += 1;
    if (account.competitor) competitors += 1;
  }
  return {
    total: accounts.length,
    roles: top(roles, 20).map(([value, count]) => ({ value, count })),
    locations: top(locations, 20).map(([value, count]) => ({
      value,
      label: top(labels.get(value)!, 1)[0]![0],
      count,
    })),
    reach: REACH_BUCKETS.map((b) => ({ value: b.label, count: reach.get(b.label) ?? 0 })),
    categories: [...categories]
      .map(([categoryId, count]) => ({ categoryId, count }))
      .sort((a, b) => b.count - a.count),
    mine,
    competitors,
  };
}

/** CSV text for any list, quoting as RFC 4180 asks. */
export function toCsv(header: string[], rows: (string | number | boolean | null)[][]): string {
  const cell = (value: string | number | boolean | null) => {
    const text = value === null ? '' : String(value);
    return /[",\r\n]/.test(text) || /^[=+\-@]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
