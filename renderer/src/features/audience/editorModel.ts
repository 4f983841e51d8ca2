import type { CategoryDto, PursuitSettings } from '../../../../common/dto';
import { categoryColor, categoryPalette } from './audienceFilter';

/** Adds the comma- or line-separated words in `input`, skipping blanks and ones already there. */
export function addTags(values: readonly string[], input: string): string[] {
  const seen = new Set(values.map((v) => v.toLowerCase()));
  const added: string[] = [];
  for (const raw of input.split(/[,\n]/)) {
    const word = raw.trim().slice(0, 100);
    if (!word || seen.has(word.toLowerCase())) continue;
    seen.add(word.toLowerCase());
    added.push(word);
  }
  return added.length ? [...values, ...added] : (values as string[]);
}

/** Competitor handles as stored: without the @, so "@acme" and "acme" are one. */
export function normalizeHandles(handles: readonly string[]): string[] {
  return addTags([], handles.map((h) => h.trim().replace(/^@+/, '')).join('\n'));
}

export function cleanPursuit(pursuit: PursuitSettings): PursuitSettings {
  return {
    business: addTags([], pursuit.business.join('\n')),
    competitors: {
      handles: normalizeHandles(pursuit.competitors.handles),
      keywords: addTags([], pursuit.competitors.keywords.join('\n')),
    },
  };
}

/** A category being edited; new ones have a negative id until saved. */
export interface CategoryDraft extends CategoryDto {
  deleted?: boolean;
}

/** What a category needs before it can be saved, in words; null when it is fine. */
export function categoryProblem(draft: CategoryDraft, all: readonly CategoryDraft[]): string | null {
  const name = draft.name.trim();
  if (!name) return 'Give the category a name.';
  if (name.length > 60) return 'Keep the name under 60 characters.';
  const twin = all.find(
    (c) => c.id !== draft.id && !c.deleted && c.name.trim().toLowerCase() === name.toLowerCase(),
  );
  if (twin) return `There is already a category called “${twin.name.trim()}”.`;
  if (draft.rules.some((r) => r.keyword.trim().length > 100))
    return 'Keep each keyword under 100 characters.';
  return null;
}

/** The rules to save: blank keywords dropped, duplicates merged. */
export function cleanRules(rules: CategoryDto['rules']): CategoryDto['rules'] {
  const seen = new Set<string>();
  return rules.flatMap((rule) => {
    const keyword = rule.keyword.trim();
    const key = `${rule.field}\n${keyword.toLowerCase()}`;
    if (!keyword || seen.has(key)) return [];
    seen.add(key);
    return [{ field: rule.field, keyword }];
  });
}

/** Whether a draft differs from what is saved (and so needs a save call). */
export function isChanged(draft: CategoryDraft, saved: CategoryDto | undefined): boolean {
  if (!saved) return !draft.deleted;
  if (draft.deleted) return true;
  return (
    draft.name.trim() !== saved.name ||
    (draft.color ?? null) !== (saved.color ?? null) ||
    JSON.stringify(cleanRules(draft.rules)) !== JSON.stringify(saved.rules)
  );
}

/** A colour for a new category: the first of the palette no live category has yet. */
export function unusedColour(drafts: readonly CategoryDraft[]): string {
  const used = new Set(drafts.filter((d) => !d.deleted).map((d) => categoryColor(d).toLowerCase()));
  return (
    categoryPalette.find((c) => !used.has(c.toLowerCase())) ??
    categoryPalette[drafts.length % categoryPalette.length]!
  );
}
