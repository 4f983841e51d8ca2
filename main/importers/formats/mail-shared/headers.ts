import { createHash } from 'node:crypto';
import { addressParser, decodeWords } from 'postal-mime';
import type { Correspondent } from '../../communication-records';

/** The header fields the mail readers keep; every other field (and the body) is passed over. */
const WANTED = new Set([
  'from',
  'to',
  'cc',
  'date',
  'message-id',
  'in-reply-to',
  'references',
  'subject',
  'x-gmail-labels',
  'list-id',
  'precedence',
  'auto-submitted',
]);

/** A field name (RFC 5322 §2.2: printable US-ASCII except colon) then a colon. */
const FIELD = /^([\x21-\x39\x3b-\x7e]+)[ \t]*:/;

export function isHeaderField(line: string): boolean {
  return FIELD.test(line);
}

/** The kept fields of one header block, by lower-case name, each occurrence in order. */
export type HeaderFields = Map<string, string[]>;

/**
 * Unfolds a header block (RFC 5322 §2.2.3: a line starting with space or tab continues the one
 * before) and keeps the wanted fields. Repeated fields are all kept: notmuch's broken-cc.eml has
 * both `Cc:` and `cc:`.
 */
export function headerFields(lines: readonly string[]): HeaderFields {
  const fields: HeaderFields = new Map();
  let name: string | null = null;
  let value = '';
  const flush = () => {
    if (name !== null && WANTED.has(name)) {
      const list = fields.get(name) ?? [];
      list.push(value.trim());
      fields.set(name, list);
    }
    name = null;
  };
  for (const line of lines) {
    if ((line.startsWith(' ') || line.startsWith('\t')) && name !== null) {
      value += ` ${line.trim()}`;
      continue;
    }
    flush();
    const m = FIELD.exec(line);
    if (!m) continue;
    name = m[1]!.toLowerCase();
    value = line.slice(m[0].length);
  }
  flush();
  return fields;
}

/** One e-mail correspondent from a parsed mailbox; undefined for a group or a mailbox with no address. */
function correspondent(address: string | undefined, name: string | undefined): Correspondent | undefined {
  const normalised = address?.trim().toLowerCase();
  if (!normalised || !normalised.includes('@') || /\s/.test(normalised)) return undefined;
  const display = name?.trim();
  return {
    channel: 'email',
    address: normalised,
    matchKey: `e:${normalised}`,
    ...(display && display.toLowerCase() !== normalised ? { name: display } : {}),
  };
}

/** The addresses of address fields (`"Name" <a@b>, c@d`), encoded-word names decoded (RFC 2047), groups flattened. */
export function addressesOf(values: readonly string[] | undefined): Correspondent[] {
  const found = new Map<string, Correspondent>();
  for (const value of values ?? []) {
    if (!value) continue;
    for (const mailbox of addressParser(value, { flatten: true })) {
      const who = correspondent(mailbox.address, mailbox.name ? decodeWords(mailbox.name) : undefined);
      if (who && !found.has(who.address)) found.set(who.address, who);
    }
  }
  return [...found.values()];
}

/** `<id@host>` tokens of Message-ID, In-Reply-To and References, without their brackets. */
export function messageIds(value: string | undefined): string[] {
  if (!value) return [];
  const bracketed = [...value.matchAll(/<([^<>\s]+)>/g)].map((m) => m[1]!);
  if (bracketed.length > 0) return bracketed;
  const bare = value.trim();
  return bare && !/\s/.test(bare) ? [bare] : [];
}

const MONTHS = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');

/**
 * An RFC 5322 §3.3 date (`Tue, 19 Apr 2022 19:37:54 +0200`, `+0000 (GMT)` comments, obsolete zone
 * names like `PDT` and two-digit years per §4.3) to UTC ISO; undefined when unreadable.
 */
export function mailDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const text = value
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const m =
    /^(?:[A-Za-z]{3},? )?(\d{1,2}) ([A-Za-z]{3})[a-z]* (\d{2,4}) (\d{1,2}):(\d{2})(?::(\d{2}))? ?([+-]\d{4}|[A-Za-z]{1,5})?/.exec(
      text,
    );
  if (m) {
    const month = MONTHS.indexOf(m[2]!.toLowerCase());
    if (month < 0) return undefined;
    let year = Number(m[3]);
    if (m[3]!.length === 2) year += year < 50 ? 2000 : 1900;
    else if (m[3]!.length === 3) year += 1900;
    const utc = Date.UTC(year, month, Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0));
    const offset = zoneMinutes(m[7]);
    const ms = utc - offset * 60_000;
    return Number.isFinite(ms) ? new Date(ms).toISOString() : undefined;
  }
  const ms = Date.parse(text);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : undefined;
}

const ZONES: Record<string, number> = {
  UT: 0,
  GMT: 0,
  Z: 0,
  EST: -5,
  EDT: -4,
  CST: -6,
  CDT: -5,
  MST: -7,
  MDT: -6,
  PST: -8,
  PDT: -7,
};

function zoneMinutes(zone: string | undefined): number {
  if (!zone) return 0;
  if (/^[+-]\d{4}$/.test(zone)) {
    const sign = zone.startsWith('-') ? -1 : 1;
    return sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3, 5)));
  }
  return (ZONES[zone.toUpperCase()] ?? 0) * 60;
}

/** The headers of one message the readers keep, decoded. */
export interface MailHeaders {
  from?: Correspondent;
  to: Correspondent[];
  cc: Correspondent[];
  sentAt?: string;
  /** As written (without brackets); missing when the message has none. */
  messageId?: string;
  inReplyTo?: string;
  referencesCount: number;
  subject?: string;
  gmailLabels: string[];
  /** Why it is automated (a mailing list, bulk precedence, auto-submitted, a no-reply sender), if it is. */
  automated?: string;
  /** The raw Subject, only to key a message that has no Message-ID (never stored). */
  subjectForKey?: string;
}

const NO_REPLY =
  /^([^@]*(no|do[-_.]?not)[-_.]?reply[^@]*|(mailer[-_.]?daemon|postmaster|bounces?|notifications?)([-+_.][^@]*)?)@/i;

/** Why a message is automated, from its headers (RFC 2369 List-Id, RFC 3834 Auto-Submitted, Precedence), or undefined. */
function automatedBy(fields: HeaderFields, from: Correspondent | undefined): string | undefined {
  if (fields.get('list-id')?.some((v) => v)) return 'a mailing list';
  const precedence = fields.get('precedence')?.[0]?.toLowerCase();
  if (precedence && /^(bulk|list|junk)/.test(precedence)) return `Precedence: ${precedence}`;
  const auto = fields.get('auto-submitted')?.[0]?.toLowerCase().split(';')[0]?.trim();
  if (auto && auto !== 'no') return `Auto-Submitted: ${auto}`;
  if (from && NO_REPLY.test(from.address)) return 'a no-reply sender';
  return undefined;
}

export function mailHeaders(lines: readonly string[], keepSubject: boolean): MailHeaders {
  const fields = headerFields(lines);
  const from = addressesOf(fields.get('from'))[0];
  const to = addressesOf(fields.get('to'));
  const cc = addressesOf(fields.get('cc')).filter((c) => !to.some((t) => t.address === c.address));
  const messageId = messageIds(fields.get('message-id')?.[0])[0];
  const inReplyTo = messageIds(fields.get('in-reply-to')?.[0])[0];
  const rawSubject = fields.get('subject')?.[0];
  const subject = keepSubject ? rawSubject : undefined;
  const automated = automatedBy(fields, from);
  return {
    ...(from ? { from } : {}),
    to,
    cc,
    ...optional('sentAt', mailDate(fields.get('date')?.[0])),
    ...optional('messageId', messageId),
    ...optional('inReplyTo', inReplyTo),
    referencesCount: messageIds(fields.get('references')?.join(' ')).length,
    ...optional('subject', subject === undefined ? undefined : decodeWords(subject)),
    gmailLabels: (fields.get('x-gmail-labels')?.join(',') ?? '')
      .split(',')
      .map((l) => l.trim())
      .filter(Boolean),
    ...optional('automated', automated),
    ...(messageId ? {} : optional('subjectForKey', rawSubject)),
  };
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined || value === '' ? {} : ({ [key]: value } as Record<K, V>);
}

/**
 * A message without a Message-ID is keyed by a digest of what it says (the subject only hashed,
 * never kept): the same message read twice gets the same key, two different ones do not.
 */
export function derivedMessageKey(headers: MailHeaders): string {
  const parts = [
    headers.from?.address ?? '',
    headers.sentAt ?? '',
    ...headers.to.map((t) => t.address),
    '|',
    ...headers.cc.map((c) => c.address),
    '|',
    headers.subjectForKey ?? '',
  ];
  return `sha256:${createHash('sha256').update(parts.join('\n')).digest('hex').slice(0, 32)}`;
}

/**
 * Header bytes as text: UTF-8 (RFC 6532), or Latin-1 for the raw 8-bit headers older mailers wrote
 * (mailpile's tests.mbx has an ISO-8859-1 Subject with no encoded word).
 */
export function headerText(bytes: Buffer): string {
  const text = bytes.toString('utf8');
  return text.includes('\uFFFD') && !bytes.includes(REPLACEMENT) ? bytes.toString('latin1') : text;
}
const REPLACEMENT = Buffer.from('\uFFFD', 'utf8');
