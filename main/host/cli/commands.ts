import type { AppApi } from '../../../common/client';
import { resolve } from 'node:path';
import { relationshipSchema } from '../../../common/api';
import { AppError } from '../../../common/errors';
import type { PathsResultDto } from '../../../common/dto';
import { needNumber, needWorkspace, noPositionals, UsageError, type Flags } from './args';
import { accounts } from './accounts-commands';
import { contactCommands } from './people-commands';
import { intro } from './intro';
import { erase } from './erase-command';
import { backups } from './backups-command';
import { workspace } from './workspace-command';
import { changes, followers, following } from './audience-commands';
import { categories, competitors, rules } from './categories-commands';
import { focus } from './focus-command';
import { graph } from './graph-command';
import { notes } from './notes-command';
import { needAccount, openProspect } from './prospect-flag';
import { printSearch } from './search-output';
import { searches } from './searches-command';
import { gaps } from './gaps-command';
import { relationships } from './relationships-command';
import { demo } from './demo-command';

export type Command = (api: AppApi, positionals: string[], flags: Flags) => Promise<number | void>;

const print = (flags: Flags, json: unknown, text: () => string) =>
  console.log(flags.json ? JSON.stringify(json) : text());

async function stats(api: AppApi, positionals: string[], flags: Flags) {
  noPositionals(positionals);
  await api.workspace.open({ path: needWorkspace(flags) });
  const counts = await api.workspace.stats();
  print(flags, counts, () => {
    const width = Math.max(...Object.keys(counts).map((k) => k.length));
    return Object.entries(counts)
      .map(([table, count]) => `${table.padEnd(width)}  ${count}`)
      .join('\n');
  });
}

/** One JSON summary per input; exit 1 when any input was rejected, the others still land. */
async function importCommand(api: AppApi, paths: string[], flags: Flags) {
  if (paths.length === 0) throw new UsageError('name at least one file or folder to import');
  const relationship =
    flags.relationship === undefined ? undefined : relationshipSchema.safeParse(flags.relationship);
  if (relationship && !relationship.success) {
    throw new UsageError(`--relationship must be one of ${relationshipSchema.options.join(', ')}`);
  }
  await api.workspace.open({ path: needWorkspace(flags) });
  let failed = 0;
  for (const path of paths) {
    try {
      const summary = await api.import.run({
        path,
        ...(flags.of ? { listOwner: flags.of } : {}),
        ...(relationship?.data ? { relationship: relationship.data } : {}),
        ...(flags.format ? { format: flags.format } : {}),
      });
      print(flags, summary, () => {
        if (summary.alreadyImportedAt)
          return `${summary.file}: already imported on ${summary.alreadyImportedAt}; nothing changed`;
        const added = Object.entries(summary.added)
          .filter(([, n]) => n > 0)
          .map(([k, n]) => `${n} ${k}`);
        const skipped = summary.skipped.reduce((n, s) => n + s.count, 0);
        // Warnings say what needs the user (an unnamed list owner, repaired text), one per line.
        const notes = summary.warnings.map((w) => `\n  ${w.where ? `${w.where}: ` : ''}${w.message}`);
        return `${summary.file} (${summary.formatLabel}): added ${added.join(', ') || 'nothing new'}${skipped ? `; skipped ${skipped}` : ''}${notes.join('')}`;
      });
    } catch (error) {
      failed += 1;
      const message = error instanceof Error ? error.message : String(error);
      const code = error instanceof AppError ? error.code : 'INTERNAL';
      if (flags.json) console.log(JSON.stringify({ file: path, error: { code, message } }));
      console.error(`inside-track: ${message}`);
    }
  }
  return failed > 0 ? 1 : 0;
}

async function imports(api: AppApi, [verb, id, ...extra]: string[], flags: Flags) {
  await api.workspace.open({ path: needWorkspace(flags) });
  if (verb === 'list' && !id) {
    const list = await api.import.list();
    print(
      flags,
      list,
      () =>
        list.map((s) => `#${s.id}  ${s.importedAt}  ${s.formatLabel}  ${s.fileName}`).join('\n') ||
        'No imports yet.',
    );
  } else if (verb === 'remove' && id && extra.length === 0) {
    const removed = await api.import.remove({ sourceId: needNumber(id, 'imports remove') });
    print(
      flags,
      removed,
      () =>
        `Removed import #${id}: ${Object.entries(removed)
          .map(([k, n]) => `${n} ${k}`)
          .join(', ')}`,
    );
  } else {
    throw new UsageError('expected: imports list | imports remove <id>');
  }
}

async function people(api: AppApi, [verb, ...extra]: string[], flags: Flags) {
  const contactCommand = verb ? contactCommands[verb] : undefined;
  if (contactCommand) {
    await api.workspace.open({ path: needWorkspace(flags) });
    return contactCommand(api, extra, flags);
  }
  noPositionals(extra);
  await api.workspace.open({ path: needWorkspace(flags) });
  if (verb === 'links') {
    const status = flags.status as 'confirmed' | 'suggested' | 'rejected' | undefined;
    if (status !== undefined && !['confirmed', 'suggested', 'rejected'].includes(status)) {
      throw new UsageError('--status must be one of confirmed, suggested, rejected');
    }
    // Most likely first; --json gives each entry's status, confidence (0–1), evidence and evidenceItems.
    const links = await api.people.links(status ? { status } : {});
    print(
      flags,
      links,
      () =>
        links
          .map(
            (l) =>
              `${l.confidence.toFixed(2)} ${l.status.padEnd(9)} person ${l.personId} ${l.personName} (${l.relationship}) = account ${l.accountId} ${l.handle ? `@${l.handle}` : ''}${l.evidence ? ` — ${l.evidence}` : ''}`,
          )
          .join('\n') || 'No links.',
    );
  } else if (verb === 'link' || verb === 'unlink') {
    const args = {
      personId: needNumber(flags.person, '--person'),
      accountId: needNumber(flags.account, '--account'),
    };
    const link = verb === 'link' ? await api.people.link(args) : await api.people.unlink(args);
    print(
      flags,
      link,
      () =>
        `${link.personName} ${link.status === 'confirmed' ? 'is' : 'is not'} ${link.handle ? `@${link.handle}` : `account ${link.accountId}`}`,
    );
  } else {
    throw new UsageError(
      'expected: people list|show <id>|edit <id> | people links [--status suggested] | people link|unlink --person N --account N',
    );
  }
}

async function prospect(api: AppApi, [verb, ref, ...extra]: string[], flags: Flags) {
  if (verb !== 'add' || !ref || extra.length > 0) throw new UsageError('expected: prospect add @handle');
  await api.workspace.open({ path: needWorkspace(flags) });
  const account = await api.accounts.find({ ref });
  if (!account)
    throw new AppError('BAD_REQUEST', `No imported account is ${ref}. Import data that includes it first.`);
  const added = await api.prospects.add({ accountId: account.id });
  print(flags, added, () => `${added.name ?? added.handle} (@${added.handle}) is now a prospect`);
}

/** Ranked referral paths to a prospect, each of the user's people's best one, and their people at its organisation. */
async function paths(api: AppApi, positionals: string[], flags: Flags) {
  noPositionals(positionals);
  const account = await openProspect(api, flags);
  const result = await api.paths.find({ accountId: account.id, groupByPerson: true });
  print(flags, result, () => pathsText(flags.prospect!, result));
}

function pathsText(prospect: string, result: PathsResultDto): string {
  const lines =
    result.paths.length === 0
      ? [`No path to ${prospect}. ${result.diagnosis ?? ''}`]
      : result.paths.map(
          (p, i) => `${i + 1}. ${(p.score * 100).toFixed(1)}${p.cold ? ' (cold)' : ''}  ${p.explanation}`,
        );
  const without = (result.groups ?? []).filter((g) => !g.path);
  if (without.length) lines.push('', ...without.map((g) => `${g.personName}: no path. ${g.reason}`));
  if (result.unlinkedPeople) {
    lines.push(
      `${result.unlinkedPeople} of your people are not linked to any account yet (see people links).`,
    );
  }
  if (result.atOrganisation.length) {
    lines.push('', `Your people at ${result.organisation.names.join(' / ')}:`);
    lines.push(...result.atOrganisation.map((m) => `  ${m.line}`));
  }
  return lines.join('\n');
}

/** Full-text search with the app's grammar: phrases, prefixes, OR, -exclusions and filters. */
async function search(api: AppApi, positionals: string[], flags: Flags) {
  const query = positionals.join(' ').trim();
  if (!query) throw new UsageError('expected: search "<query>"');
  await api.workspace.open({ path: needWorkspace(flags) });
  printSearch(flags, await api.search.run({ query, limit: 50 }));
}

/** The meeting brief as a PDF: `brief --prospect @handle --out brief.pdf [--sections who,what] [--redact @a,@b]`. */
async function brief(api: AppApi, positionals: string[], flags: Flags) {
  noPositionals(positionals);
  if (!flags.prospect) throw new UsageError('--prospect @handle is required');
  if (!flags.out) throw new UsageError('--out <file.pdf> is required');
  const sections = flags.sections
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const known = ['who', 'what', 'when', 'where', 'whyHow', 'extent'] as const;
  const unknown = sections?.filter((s) => !(known as readonly string[]).includes(s)) ?? [];
  if (unknown.length) throw new UsageError(`--sections takes ${known.join(', ')}; not ${unknown.join(', ')}`);
  const account = await openProspect(api, flags);
  const redactedAccounts: number[] = [];
  for (const ref of flags.redact
    ?.split(',')
    .map((r) => r.trim())
    .filter(Boolean) ?? []) {
    redactedAccounts.push((await needAccount(api, ref, ' (in --redact)')).id);
  }
  const result = await api.brief.export({
    accountId: account.id,
    outPath: resolve(flags.out),
    ...(sections ? { sections: sections as (typeof known)[number][] } : {}),
    ...(redactedAccounts.length ? { redact: { accountIds: redactedAccounts } } : {}),
  });
  print(
    flags,
    result,
    () => `Wrote ${result.path} (${result.pages} pages, ${Math.round(result.bytes / 1024)} KB)`,
  );
}

export const commands: Record<string, Command> = {
  accounts,
  backups,
  brief,
  searches,
  rules,
  notes,
  graph,
  following,
  followers,
  focus,
  competitors,
  changes,
  categories,
  erase,
  gaps,
  demo,
  paths,
  search,
  workspace,
  stats,
  import: importCommand,
  imports,
  intro,
  people,
  prospect,
  relationships,
};
