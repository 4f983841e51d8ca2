import type { Correspondent, MessageRecord } from '../../communication-records';
import type { SkipRecord } from '../../records';
import { derivedMessageKey, type MailHeaders } from './headers';

/** What the user chose in the import review for their mail, calendar or LinkedIn activity. */
export interface MailReadOptions {
  /** The user's own e-mail addresses (and LinkedIn profile URLs): a message from one is one they sent. */
  ownAddresses?: string[];
  /** Addresses (`news@shop.example`) and domains (`shop.example`, `@shop.example`) never to store. */
  exclude?: string[];
  /** Keep mailing-list and automated messages (left out by default). */
  includeAutomated?: boolean;
  /** Keep subjects and meeting titles (off by default). */
  keepSubjects?: boolean;
  /** "Today" for counting a recurring event's occurrences (UTC ISO); now when absent. */
  today?: string;
}

export const SKIP_AUTOMATED = 'automated message (mailing list, bulk or no-reply sender)';
export const SKIP_SPAM = 'in Gmail’s Spam or Trash';
export const SKIP_EXCLUDED = 'from an address you excluded';
export const SKIP_NO_OTHER = 'no one but you or excluded addresses on it';

/** Applies the user's own addresses and exclusions to what a mail reader found. */
export class MailFilter {
  private readonly own: Set<string>;
  private readonly excludedAddresses = new Set<string>();
  private readonly excludedDomains: string[] = [];
  readonly keepSubjects: boolean;
  private readonly includeAutomated: boolean;

  constructor(options: MailReadOptions | undefined, inferredOwn: readonly string[] = []) {
    const own = options?.ownAddresses?.length ? options.ownAddresses : inferredOwn;
    this.own = new Set(own.map((a) => a.trim().toLowerCase()).filter(Boolean));
    for (const raw of options?.exclude ?? []) {
      const item = raw.trim().toLowerCase();
      if (!item) continue;
      if (item.includes('@') && !item.startsWith('@')) this.excludedAddresses.add(item);
      else this.excludedDomains.push(item.replace(/^@/, ''));
    }
    this.keepSubjects = options?.keepSubjects ?? false;
    this.includeAutomated = options?.includeAutomated ?? false;
  }

  isOwn(address: string): boolean {
    return this.own.has(address);
  }

  hasOwn(): boolean {
    return this.own.size > 0;
  }

  isExcluded(address: string): boolean {
    if (this.excludedAddresses.has(address)) return true;
    const domain = address.slice(address.lastIndexOf('@') + 1);
    return this.excludedDomains.some((d) => domain === d || domain.endsWith(`.${d}`));
  }

  /** Keeps the correspondents the user did not exclude. */
  keep(people: readonly Correspondent[]): Correspondent[] {
    return people.filter((p) => !this.isExcluded(p.address));
  }

  /**
   * A message record from its headers, or the reason it is left out: Gmail's spam and trash,
   * automated mail (unless kept), a sender the user excluded, or nobody else left on it.
   */
  message(headers: MailHeaders, where: string): MessageRecord | SkipRecord {
    const labels = headers.gmailLabels.map((l) => l.toLowerCase());
    if (labels.includes('spam') || labels.includes('trash'))
      return { type: 'skip', reason: SKIP_SPAM, where };
    if (headers.automated && !this.includeAutomated) return { type: 'skip', reason: SKIP_AUTOMATED, where };
    const from = headers.from;
    if (from && this.isExcluded(from.address)) return { type: 'skip', reason: SKIP_EXCLUDED, where };
    // Gmail marks what the user sent: that holds even before they confirm their addresses.
    const sent = from ? this.isOwn(from.address) || (!this.hasOwn() && labels.includes('sent')) : false;
    const to = this.keep(headers.to);
    const cc = this.keep(headers.cc);
    const others = sent
      ? [...to, ...cc].filter((p) => !this.isOwn(p.address))
      : from && !this.isOwn(from.address)
        ? [from]
        : [];
    if (others.length === 0) return { type: 'skip', reason: SKIP_NO_OTHER, where };
    return {
      type: 'message',
      channel: 'email',
      messageKey: headers.messageId ?? derivedMessageKey(headers),
      ...(headers.sentAt ? { sentAt: headers.sentAt } : {}),
      ...(from ? { from } : {}),
      to,
      cc,
      direction: sent ? 'sent' : 'received',
      ...(headers.inReplyTo ? { inReplyTo: headers.inReplyTo } : {}),
      referencesCount: headers.referencesCount,
      ...(this.keepSubjects && headers.subject ? { subject: headers.subject } : {}),
      automated: headers.automated !== undefined,
    };
  }
}

/**
 * The user's likely own addresses from a sample of messages: the senders of what Gmail labels
 * Sent, else the most frequent sender. With the counts, for the review to show.
 */
export class OwnAddressGuess {
  private readonly senders = new Map<string, number>();
  private readonly sentBy = new Map<string, number>();
  messages = 0;
  automated = 0;

  add(headers: MailHeaders): void {
    this.messages += 1;
    if (headers.automated) this.automated += 1;
    const from = headers.from?.address;
    // A notifier sends most of many mailboxes' messages and is never the user.
    if (!from || headers.automated) return;
    this.senders.set(from, (this.senders.get(from) ?? 0) + 1);
    if (headers.gmailLabels.some((l) => l.toLowerCase() === 'sent')) {
      this.sentBy.set(from, (this.sentBy.get(from) ?? 0) + 1);
    }
  }

  /** Most frequent senders first. */
  frequentSenders(limit = 10): { address: string; count: number }[] {
    return [...this.senders]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, limit)
      .map(([address, count]) => ({ address, count }));
  }

  proposed(): string[] {
    if (this.sentBy.size > 0) return [...this.sentBy.keys()].sort();
    const top = this.frequentSenders(1)[0];
    return top ? [top.address] : [];
  }
}
