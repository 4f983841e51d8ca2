import { ImportFormatError } from '../../errors';
import type { Detection, ImportFormat, ReadContext, ReadOptions } from '../../format';
import type { InputEntry, InputSource } from '../../input';
import type { Correspondent, MessageRecord } from '../../communication-records';
import type { ImportRecord } from '../../records';
import { findCsvFiles, normalizeColumnName, type CsvCandidate } from '../contacts-shared/csv-entries';
import { readCsvRows, type CsvRow } from '../contacts-shared/csv-rows';
import { refuseCutRow } from '../contacts-shared/cut-row';
import { ReadPace } from '../contacts-shared/pace';
import { MailFilter, SKIP_AUTOMATED } from '../mail-shared/mail-filter';
import { activityDate, activityKind, activityMonth, columnIndex, member, type ActivityKind } from './columns';

const isActivity = (names: string[]) => activityKind(names) !== undefined;

/** The activity files of an input, by kind (messages first: they say who the user is). */
export async function activityFiles(input: InputSource): Promise<(CsvCandidate & { kind: ActivityKind })[]> {
  const found = await findCsvFiles(input, isActivity);
  const order: ActivityKind[] = ['messages', 'messages-2018', 'invitations', 'positions'];
  return found
    .map((c) => ({ ...c, kind: activityKind(c.header.columns.map(normalizeColumnName))! }))
    .sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
}

async function* rows(input: InputSource, entry: InputEntry, headerLine: number, pace: ReadPace) {
  let width = 0;
  for await (const row of readCsvRows(await input.open(entry.path), entry.path, { onBytes: pace.onBytes })) {
    if (row.line < headerLine) continue;
    if (row.line === headerLine) {
      width = row.fields.length;
      continue;
    }
    refuseCutRow(row, width, entry.path);
    pace.tick();
    yield row;
  }
  pace.fileDone(entry.size);
}

/** Text a row keeps (names, profile URLs, dates) that holds invalid UTF-8 is refused, naming the line. */
function refuseBroken(row: CsvRow, kept: number[], file: string): void {
  for (const i of kept) {
    if (row.fields[i]?.includes('\uFFFD')) {
      throw new ImportFormatError(
        file,
        `line ${row.line}`,
        'holds bytes that are not UTF-8 text: the file is damaged. Export it again.',
      );
    }
  }
}

/**
 * Who the user is in a 2020s messages.csv: the profile on the most rows (every conversation has
 * them), unless the user named theirs.
 */
async function messagesOwner(
  input: InputSource,
  file: CsvCandidate,
  pace: ReadPace,
): Promise<string | undefined> {
  const col = columnIndex(file.header.columns);
  const [fromUrl, toUrls] = [col('sender profile url'), col('recipient profile urls')];
  const counts = new Map<string, number>();
  const quiet = new ReadPace({ signal: new AbortController().signal, progress: () => undefined }, null);
  for await (const row of rows(input, file.entry, file.header.line, quiet)) {
    pace.checkCancelled();
    const urls = [row.fields[fromUrl], ...(row.fields[toUrls] ?? '').split(',')];
    for (const url of urls) {
      const who = member(undefined, url);
      if (who) counts.set(who.address, (counts.get(who.address) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** The 2018 Messages.csv names people only: the user is the To of incoming rows. */
async function messages2018Owner(input: InputSource, file: CsvCandidate): Promise<string | undefined> {
  const col = columnIndex(file.header.columns);
  const counts = new Map<string, number>();
  const quiet = new ReadPace({ signal: new AbortController().signal, progress: () => undefined }, null);
  for await (const row of rows(input, file.entry, file.header.line, quiet)) {
    const incoming = row.fields[col('direction')]?.toUpperCase() === 'INCOMING';
    const who = member(row.fields[incoming ? col('to') : col('from')], undefined);
    if (who) counts.set(who.address, (counts.get(who.address) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** Recipients of a row: names and profile URLs both comma-separated, names perhaps with commas of their own. */
function recipients(names: string, urls: string): Correspondent[] {
  const links = urls
    .split(',')
    .map((u) => u.trim())
    .filter(Boolean);
  if (links.length === 0) return [member(names, undefined)].filter((m) => m !== undefined);
  const nameList = names.split(',').map((n) => n.trim());
  // A name holding a comma makes more names than links: then the names cannot be paired.
  const paired = nameList.length === links.length;
  return links
    .map((link, i) => member(paired ? nameList[i] : undefined, link))
    .filter((m) => m !== undefined);
}

function* messageRows(
  file: CsvCandidate,
  row: CsvRow,
  owner: string | undefined,
  filter: MailFilter,
): Generator<ImportRecord> {
  const col = columnIndex(file.header.columns);
  const where = `${file.entry.path}, line ${row.line}`;
  const f = (name: string) => row.fields[col(name)] ?? '';
  refuseBroken(
    row,
    [col('from'), col('sender profile url'), col('to'), col('recipient profile urls'), col('date')],
    file.entry.path,
  );
  if (!f('from').trim() && !f('to').trim())
    return yield { type: 'skip', reason: 'LinkedIn system notice', where };
  if (f('conversation title') === 'Sponsored Conversation')
    return yield { type: 'skip', reason: SKIP_AUTOMATED, where };
  if (/^yes$/i.test(f('is message draft'))) return yield { type: 'skip', reason: 'draft never sent', where };
  if (/^spam$/i.test(f('folder'))) return yield { type: 'skip', reason: 'in LinkedIn’s spam folder', where };
  const from = member(f('from'), f('sender profile url'));
  const to = recipients(f('to'), f('recipient profile urls'));
  const isOwn = (who: Correspondent | undefined) =>
    who !== undefined && (who.address === owner || filter.isOwn(who.address));
  const sent = isOwn(from);
  const others = sent ? to.filter((t) => !isOwn(t)) : from ? [from] : [];
  if (others.length === 0)
    return yield { type: 'skip', reason: 'no one but you, or a LinkedIn Member with no profile', where };
  yield messageRecord(from, to, sent, f('date'), f('conversation id'));
}

function messageRecord(
  from: Correspondent | undefined,
  to: Correspondent[],
  sent: boolean,
  date: string,
  conversation: string,
): MessageRecord {
  const sentAt = activityDate(date);
  return {
    type: 'message',
    channel: 'linkedin',
    messageKey: `linkedin:${conversation || '-'}:${sentAt ?? date}:${from?.address ?? '-'}:${to.map((t) => t.address).join(',')}`,
    ...(sentAt ? { sentAt } : {}),
    ...(from ? { from } : {}),
    to,
    cc: [],
    direction: sent ? 'sent' : 'received',
    referencesCount: 0,
    ...(conversation ? { threadKey: conversation } : {}),
    automated: false,
  };
}

function* message2018Row(file: CsvCandidate, row: CsvRow, filter: MailFilter): Generator<ImportRecord> {
  const col = columnIndex(file.header.columns);
  const f = (name: string) => row.fields[col(name)] ?? '';
  const where = `${file.entry.path}, line ${row.line}`;
  refuseBroken(row, [col('from'), col('to'), col('date')], file.entry.path);
  const from = member(f('from'), undefined);
  const to = member(f('to'), undefined);
  const sent = f('direction').toUpperCase() === 'OUTGOING';
  const other = sent ? to : from;
  if (!other || filter.isOwn(other.address))
    return yield { type: 'skip', reason: 'no one but you, or a LinkedIn Member', where };
  yield messageRecord(from, to ? [to] : [], sent, f('date'), '');
}

function* invitationRow(file: CsvCandidate, row: CsvRow): Generator<ImportRecord> {
  const col = columnIndex(file.header.columns);
  const f = (name: string) => (col(name) < 0 ? '' : (row.fields[col(name)] ?? ''));
  const where = `${file.entry.path}, line ${row.line}`;
  refuseBroken(row, [col('from'), col('to'), col('sent at')], file.entry.path);
  const sent = f('direction').toUpperCase() === 'OUTGOING';
  const other = sent
    ? member(f('to'), f('inviteeprofileurl') || f('inviteeprofileurn'))
    : member(f('from'), f('inviterprofileurl') || f('inviterprofileurn'));
  if (!other) return yield { type: 'skip', reason: 'invitation with no one named', where };
  const sentAt = activityDate(f('sent at'));
  yield { type: 'invitation', direction: sent ? 'sent' : 'received', other, ...(sentAt ? { sentAt } : {}) };
}

function* positionRow(file: CsvCandidate, row: CsvRow): Generator<ImportRecord> {
  const col = columnIndex(file.header.columns);
  const f = (name: string) => (row.fields[col(name)] ?? '').trim();
  // abhishekmathur-2018's Positions.csv has `Tache Technologies ` with a trailing space.
  const company = f('company name');
  if (!company)
    return yield {
      type: 'skip',
      reason: 'position with no company',
      where: `${file.entry.path}, line ${row.line}`,
    };
  const [title, startedOn, endedOn] = [
    f('title'),
    activityMonth(f('started on')),
    activityMonth(f('finished on')),
  ];
  yield {
    type: 'own-position',
    company,
    ...(title ? { title } : {}),
    ...(startedOn ? { startedOn } : {}),
    ...(endedOn ? { endedOn } : {}),
  };
}

/** Reads LinkedIn's messages, invitations and positions files of an input (who, when, where; never content). */
export async function* readLinkedInActivity(
  input: InputSource,
  options: ReadOptions,
  ctx: ReadContext,
  files: (CsvCandidate & { kind: ActivityKind })[],
): AsyncGenerator<ImportRecord> {
  const own = (options.mail?.ownAddresses ?? []).map((a) => member(undefined, a)?.address ?? a.toLowerCase());
  const filter = new MailFilter({ ...options.mail, ownAddresses: own });
  const pace = new ReadPace(
    ctx,
    files.reduce((sum, f) => sum + f.entry.size, 0),
  );
  for (const file of files) {
    let owner: string | undefined;
    if (file.kind === 'messages' && !filter.hasOwn()) owner = await messagesOwner(input, file, pace);
    if (file.kind === 'messages-2018' && !filter.hasOwn()) owner = await messages2018Owner(input, file);
    const rowFilter = owner ? new MailFilter({ ...options.mail, ownAddresses: [owner] }) : filter;
    for await (const row of rows(input, file.entry, file.header.line, pace)) {
      if (file.kind === 'messages') yield* messageRows(file, row, owner, rowFilter);
      else if (file.kind === 'messages-2018') yield* message2018Row(file, row, rowFilter);
      else if (file.kind === 'invitations') yield* invitationRow(file, row);
      else yield* positionRow(file, row);
    }
  }
}

/** LinkedIn's activity files (messages.csv, Invitations.csv, Positions.csv), in the export ZIP or alone. */
export const linkedinActivityFormat: ImportFormat = {
  id: 'linkedin-activity',
  label: 'LinkedIn messages, invitations and positions',

  async detect(input): Promise<Detection | null> {
    const files = await activityFiles(input);
    if (files.length === 0) return null;
    const rowsIn = (kind: ActivityKind) =>
      files.filter((f) => f.kind === kind).reduce((s, f) => s + f.estimatedRows, 0);
    const parts = [
      [rowsIn('messages') + rowsIn('messages-2018'), 'message'],
      [rowsIn('invitations'), 'invitation'],
      [rowsIn('positions'), 'position'],
    ] as const;
    const said = parts.filter(([n]) => n > 0).map(([n, noun]) => `${n} ${noun}${n === 1 ? '' : 's'}`);
    return {
      format: 'linkedin-activity',
      label: 'LinkedIn messages, invitations and positions',
      summary: `About ${said.join(', ') || 'nothing'}; who and when only, never what was written.`,
      needs: { mail: { proposedOwn: [], frequentSenders: [], sampled: 0, automated: 0 } },
      estimatedRecords: parts.reduce((s, [n]) => s + n, 0),
    };
  },

  async *read(input, options, ctx) {
    const files = await activityFiles(input);
    if (files.length === 0) {
      throw new ImportFormatError(
        input.displayName,
        'line 1',
        'not a LinkedIn messages, invitations or positions file',
      );
    }
    yield* readLinkedInActivity(input, options, ctx, files);
  },
};
