import type { AppApi } from '../../../common/client';
import type { CategoryDto } from '../../../common/dto';
import { AppError } from '../../../common/errors';
import { needWorkspace, noPositionals, UsageError, type Flags } from './args';
import { print } from './people-flags';
import { accountText, needAccount } from './prospect-flag';

type Field = CategoryDto['rules'][number]['field'];
const FIELDS: readonly Field[] = ['bio', 'name', 'handle'];

/** A category by its name (any case) or id, or a message listing the ones there are. */
function categoryNamed(all: CategoryDto[], ref: string | undefined, usage: string): CategoryDto {
  if (!ref) throw new UsageError(usage);
  const wanted = ref.trim().toLowerCase();
  const found = all.find((c) => c.name.toLowerCase() === wanted) ?? all.find((c) => String(c.id) === wanted);
  if (!found) {
    const known = all.map((c) => c.name).join(', ') || 'none yet';
    throw new AppError('BAD_REQUEST', `There is no category “${ref}” (categories: ${known}).`);
  }
  return found;
}

function ruleText(category: CategoryDto): string[] {
  return category.rules.map((r) => `${category.name}: ${r.field} contains “${r.keyword}”`);
}

const CATEGORIES_USAGE =
  'expected: categories list | add <name> [--color #rrggbb] | remove <name> | assign|unassign <name> @handle';

/** `categories list|add|remove|assign|unassign`: the categories the Following table and graph colour by. */
export async function categories(api: AppApi, [verb, ...rest]: string[], flags: Flags): Promise<void> {
  await api.workspace.open({ path: needWorkspace(flags) });
  const all = await api.categories.list();
  if (verb === 'list') {
    noPositionals(rest);
    print(
      flags,
      all,
      () =>
        all
          .map(
            (c) =>
              `#${c.id}  ${c.name}${c.color ? `  ${c.color}` : ''}  ${c.rules.length} rule${c.rules.length === 1 ? '' : 's'}`,
          )
          .join('\n') || 'No categories yet: categories add <name>.',
    );
  } else if (verb === 'add') {
    const [name, ...extra] = rest;
    noPositionals(extra);
    if (!name?.trim()) throw new UsageError('expected: categories add <name> [--color #rrggbb]');
    if (flags.color !== undefined && !/^#[0-9a-f]{6}$/i.test(flags.color))
      throw new UsageError('--color takes a colour as #rrggbb, for example #336699');
    if (all.some((c) => c.name.toLowerCase() === name.trim().toLowerCase()))
      throw new AppError('BAD_REQUEST', `There is already a category “${name.trim()}”.`);
    const saved = await api.categories.save({ name, color: flags.color ?? null, rules: [] });
    print(
      flags,
      saved,
      () => `Added the category “${saved.name}” (#${saved.id}). Give it rules with: rules add`,
    );
  } else if (verb === 'remove') {
    const [ref, ...extra] = rest;
    noPositionals(extra);
    const category = categoryNamed(all, ref, CATEGORIES_USAGE);
    await api.categories.delete({ id: category.id });
    print(flags, { deleted: category.id }, () => `Removed the category “${category.name}”.`);
  } else if (verb === 'assign' || verb === 'unassign') {
    const [ref, handle, ...extra] = rest;
    noPositionals(extra);
    if (!handle) throw new UsageError(CATEGORIES_USAGE);
    const category = categoryNamed(all, ref, CATEGORIES_USAGE);
    const account = await needAccount(api, handle);
    const assigned = verb === 'assign';
    await api.categories.assign({ accountId: account.id, categoryId: category.id, assigned });
    print(
      flags,
      { accountId: account.id, categoryId: category.id, assigned },
      () => `${accountText(account)} is ${assigned ? 'now' : 'no longer'} in “${category.name}”.`,
    );
  } else {
    throw new UsageError(CATEGORIES_USAGE);
  }
}

const RULES_USAGE =
  'expected: rules list [--category NAME] | rules add|remove <category> <keyword> [--field bio|name|handle]';

/** `rules list|add|remove`: the keyword rules that put accounts in a category. */
export async function rules(api: AppApi, [verb, ...rest]: string[], flags: Flags): Promise<void> {
  const field = (flags.field ?? 'bio') as Field;
  if (!FIELDS.includes(field)) throw new UsageError(`--field must be one of ${FIELDS.join(', ')}`);
  await api.workspace.open({ path: needWorkspace(flags) });
  const all = await api.categories.list();
  if (verb === 'list') {
    noPositionals(rest);
    const shown = flags.category ? [categoryNamed(all, flags.category, RULES_USAGE)] : all;
    const list = shown.flatMap((c) => c.rules.map((r) => ({ categoryId: c.id, category: c.name, ...r })));
    print(
      flags,
      list,
      () => shown.flatMap(ruleText).join('\n') || 'No rules yet: rules add <category> <keyword>.',
    );
    return;
  }
  if (verb !== 'add' && verb !== 'remove') throw new UsageError(RULES_USAGE);
  const [ref, keyword, ...extra] = rest;
  noPositionals(extra);
  if (!keyword?.trim()) throw new UsageError(RULES_USAGE);
  const category = categoryNamed(all, ref, RULES_USAGE);
  const same = (r: CategoryDto['rules'][number]) =>
    r.field === field && r.keyword.toLowerCase() === keyword.trim().toLowerCase();
  if (verb === 'remove' && !category.rules.some(same))
    throw new AppError('BAD_REQUEST', `“${category.name}” has no rule “${keyword}” on ${field}.`);
  const kept = category.rules.filter((r) => !same(r));
  const saved = await api.categories.save({
    id: category.id,
    name: category.name,
    color: category.color,
    rules: verb === 'add' ? [...kept, { field, keyword: keyword.trim() }] : kept,
  });
  print(flags, saved, () => ruleText(saved).join('\n') || `“${saved.name}” has no rules now.`);
}

/** `competitors list|add|remove`: handles (given with @) and keywords that mark an account as a competitor. */
export async function competitors(api: AppApi, [verb, ...values]: string[], flags: Flags): Promise<void> {
  if (verb !== 'list' && verb !== 'add' && verb !== 'remove')
    throw new UsageError('expected: competitors list | competitors add|remove <@handle or keyword>...');
  if (verb === 'list') noPositionals(values);
  else if (values.length === 0) throw new UsageError(`name at least one @handle or keyword to ${verb}`);
  await api.workspace.open({ path: needWorkspace(flags) });
  const pursuit = await api.pursuit.get();
  let { handles, keywords } = pursuit.competitors;
  for (const value of values.map((v) => v.trim()).filter(Boolean)) {
    const isHandle = value.startsWith('@');
    const text = value.replace(/^@/, '');
    const same = (known: string) => known.replace(/^@/, '').toLowerCase() === text.toLowerCase();
    const list = isHandle ? handles : keywords;
    const next = verb === 'add' ? (list.some(same) ? list : [...list, text]) : list.filter((k) => !same(k));
    if (isHandle) handles = next;
    else keywords = next;
  }
  const saved =
    verb === 'list' ? pursuit : await api.pursuit.save({ ...pursuit, competitors: { handles, keywords } });
  print(flags, saved, () =>
    [
      `Competitor accounts: ${saved.competitors.handles.map((h) => `@${h.replace(/^@/, '')}`).join(', ') || 'none'}`,
      `Competitor keywords: ${saved.competitors.keywords.join(', ') || 'none'}`,
    ].join('\n'),
  );
}
