import type { AppApi } from '../../../common/client';
import { customerSinceSchema } from '../../../common/api';
import type { PersonDto, PersonSummaryDto } from '../../../common/dto';
import { needNumber, noPositionals, UsageError, type Flags } from './args';
import { mergeCommands } from './people-merge-commands';
import { print, relationshipFlag } from './people-flags';

/** "Operations Director at Acme Logistics", or whichever of the two is known. */
function role(person: Pick<PersonSummaryDto, 'company' | 'position'>): string {
  return [person.position, person.company].filter(Boolean).join(' at ');
}

function summaryLine(person: PersonSummaryDto): string {
  const accounts = person.accounts.length ? `  ${person.accounts.join(' ')}` : '';
  const suggested = person.suggestions ? `  (${person.suggestions} suggested)` : '';
  const what = role(person);
  return `#${person.id}  ${person.displayName} (${person.relationship})${what ? ` — ${what}` : ''}${accounts}${suggested}`;
}

function personText(person: PersonDto): string {
  const confirmed = person.links.filter((link) => link.status === 'confirmed');
  const suggested = person.links.filter((link) => link.status === 'suggested');
  const handle = (link: PersonDto['links'][number]) =>
    link.handle ? `@${link.handle}` : `account ${link.accountId}`;
  return [
    `#${person.id}  ${person.displayName} (${person.relationship})`,
    role(person) && `  ${role(person)}`,
    person.email && `  ${person.email}`,
    person.location && `  ${person.location}`,
    person.profileUrl && `  ${person.profileUrl}`,
    `Customer since: ${person.facts.customerSince ?? '—'}`,
    `What we did for them: ${person.facts.did ?? '—'}`,
    `What they say about us: ${person.facts.says ?? '—'}`,
    `Accounts: ${confirmed.map(handle).join(', ') || 'none linked'}`,
    suggested.length
      ? `Suggested: ${suggested.map((l) => `${handle(l)} (${l.confidence.toFixed(2)})`).join(', ')}`
      : '',
    `From: ${person.sources.map((s) => s.fileName).join(', ') || '—'}`,
  ]
    .filter(Boolean)
    .join('\n');
}

async function list(api: AppApi, positionals: string[], flags: Flags) {
  noPositionals(positionals);
  const relationship = relationshipFlag(flags);
  // The CLI prints every match: pages of the API's largest size until the total.
  const query = { search: flags.search ?? '', ...(relationship ? { relationship } : {}) };
  const first = await api.people.list({ ...query, limit: 1000 });
  const rows = [...first.rows];
  while (rows.length < first.total) {
    const next = await api.people.list({ ...query, offset: rows.length, limit: 1000 });
    if (next.rows.length === 0) break;
    rows.push(...next.rows);
  }
  const page = { total: first.total, rows };
  const empty = relationship
    ? `No contacts are ${relationship === 'me' ? 'you' : `${relationship}s`} yet.`
    : flags.search
      ? `No contact matches “${flags.search}”.`
      : 'No contacts yet: import LinkedIn connections, Google contacts or a vCard file.';
  print(flags, page, () => rows.map(summaryLine).join('\n') || empty);
}

async function show(api: AppApi, [id, ...extra]: string[], flags: Flags) {
  noPositionals(extra);
  const person = await api.people.get({ id: needNumber(id, 'people show <id>') });
  const merges = flags.json ? [] : await api.people.merges({ personId: person.id });
  const merged = merges.map((m) => `Merged from ${m.otherName} (undo: people unmerge ${m.id})`);
  print(flags, person, () => [personText(person), ...merged].join('\n'));
}

async function edit(api: AppApi, [id, ...extra]: string[], flags: Flags) {
  noPositionals(extra);
  const personId = needNumber(id, 'people edit <id>');
  const relationship = relationshipFlag(flags);
  let customerSince: string | undefined;
  if (flags.since !== undefined) {
    const parsed = customerSinceSchema.safeParse(flags.since);
    if (!parsed.success) throw new UsageError(`--since: ${parsed.error.issues[0]!.message}`);
    customerSince = parsed.data;
  }
  const changes = {
    ...(relationship ? { relationship } : {}),
    ...(customerSince !== undefined ? { customerSince } : {}),
    ...(flags.did !== undefined ? { did: flags.did } : {}),
    ...(flags.says !== undefined ? { says: flags.says } : {}),
  };
  if (Object.keys(changes).length === 0) {
    throw new UsageError('say what to change: --relationship, --since, --did or --says');
  }
  const person = await api.people.update({ id: personId, ...changes });
  print(flags, person, () => personText(person));
}

/** `people list`, `people show <id>`, `people edit <id>` and merging duplicates: the user's contacts. */
export const contactCommands: Record<
  string,
  (api: AppApi, positionals: string[], flags: Flags) => Promise<void>
> = {
  list,
  show,
  edit,
  ...mergeCommands,
};
