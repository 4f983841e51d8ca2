import { CommunicationsWriteRepo } from '../db/communications-write-repo';
import type { Db } from '../db/sqlite';
import type { CommunicationRecord, Correspondent } from '../importers/communication-records';

/** What an import of mail, calendar or LinkedIn activity kept, for its report. */
export interface CommunicationCounts {
  messages: number;
  /** Messages the workspace already had (the same Message-ID in another mailbox). */
  duplicateMessages: number;
  meetings: number;
  invitations: number;
  positions: number;
  /** Distinct people written to, written by or met (not the user). */
  correspondents: number;
  subjectsKept: boolean;
}

export function emptyCommunicationCounts(): CommunicationCounts {
  return {
    messages: 0,
    duplicateMessages: 0,
    meetings: 0,
    invitations: 0,
    positions: 0,
    correspondents: 0,
    subjectsKept: false,
  };
}

/** How many distinct correspondents an import may count exactly; past it the count is of the first ones. */
const COUNTED_LIMIT = 1_000_000;

/** Writes the communication records of one import (migration 012) and counts what it kept. */
export class CommunicationWriter {
  readonly counts = emptyCommunicationCounts();
  private readonly repo: CommunicationsWriteRepo;
  private readonly ids = new Map<string, number>();
  private readonly counted = new Set<number>();

  constructor(
    db: Db,
    private readonly sourceId: number,
  ) {
    this.repo = new CommunicationsWriteRepo(db);
  }

  /** Whether this import brought any communication record (its report then says what was kept). */
  get used(): boolean {
    const c = this.counts;
    return c.messages + c.duplicateMessages + c.meetings + c.invitations + c.positions > 0;
  }

  write(record: CommunicationRecord): void {
    switch (record.type) {
      case 'message':
        return this.message(record);
      case 'meeting':
        return this.meeting(record);
      case 'invitation': {
        const other = this.correspondent(record.other, true);
        this.repo.saveInvitation(record.direction, other, record.sentAt ?? null, this.sourceId);
        this.counts.invitations += 1;
        return;
      }
      case 'own-position':
        this.repo.saveOwnPosition(
          {
            company: record.company,
            title: record.title ?? null,
            startedOn: record.startedOn ?? null,
            endedOn: record.endedOn ?? null,
          },
          this.sourceId,
        );
        this.counts.positions += 1;
        return;
    }
  }

  private correspondent(who: Correspondent, other: boolean): number {
    const key = `${who.channel}\u0000${who.address}`;
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.repo.correspondent(who).id;
      if (this.ids.size >= 200_000) this.ids.clear();
      this.ids.set(key, id);
    }
    if (other && !this.counted.has(id) && this.counted.size < COUNTED_LIMIT) {
      this.counted.add(id);
      this.counts.correspondents += 1;
    }
    return id;
  }

  private message(record: Extract<CommunicationRecord, { type: 'message' }>): void {
    const sent = record.direction === 'sent';
    const fromId = record.from ? this.correspondent(record.from, !sent) : null;
    const saved = this.repo.saveMessage(
      {
        channel: record.channel,
        messageKey: record.messageKey,
        sentAt: record.sentAt ?? null,
        fromId,
        direction: record.direction,
        inReplyTo: record.inReplyTo ?? null,
        referencesCount: record.referencesCount,
        threadKey: record.threadKey ?? null,
        subject: record.subject ?? null,
        automated: record.automated,
      },
      this.sourceId,
    );
    if (!saved.added) {
      this.counts.duplicateMessages += 1;
      return;
    }
    this.counts.messages += 1;
    if (record.subject) this.counts.subjectsKept = true;
    // The user copying themself is not a correspondent.
    const other = (who: Correspondent) => sent && who.address !== record.from?.address;
    for (const to of record.to) this.repo.addRecipient(saved.id, this.correspondent(to, other(to)), 'to');
    for (const cc of record.cc) this.repo.addRecipient(saved.id, this.correspondent(cc, other(cc)), 'cc');
  }

  private meeting(record: Extract<CommunicationRecord, { type: 'meeting' }>): void {
    const organizerId = record.organizer ? this.correspondent(record.organizer, true) : null;
    const saved = this.repo.saveMeeting(
      {
        uid: record.uid,
        startsAt: record.startsAt,
        allDay: record.allDay,
        organizerId,
        status: record.status ?? null,
        title: record.title ?? null,
      },
      this.sourceId,
    );
    if (saved.added) this.counts.meetings += 1;
    for (const attendee of record.attendees) {
      this.repo.addAttendee(saved.id, this.correspondent(attendee.who, true), attendee.partstat ?? null);
    }
  }
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

/**
 * The import report's sentence on what was kept: "1,204 messages' headers from 311 correspondents;
 * bodies, attachments and subjects were not read or kept; 87 automated messages left out".
 */
export function keptSentence(counts: CommunicationCounts, automatedLeftOut: number): string {
  const parts: string[] = [];
  const people = plural(counts.correspondents, 'correspondent');
  if (counts.messages + counts.duplicateMessages > 0) {
    const again = counts.duplicateMessages
      ? ` (${plural(counts.duplicateMessages, 'message')} already in the workspace counted once)`
      : '';
    parts.push(`${plural(counts.messages, 'message’s headers', 'messages’ headers')} with ${people}${again}`);
    parts.push(
      counts.subjectsKept
        ? 'bodies and attachments were not read; subjects were kept as you asked'
        : 'bodies, attachments and subjects were not kept',
    );
  }
  if (counts.meetings > 0) {
    const withWhom = counts.messages + counts.duplicateMessages === 0 ? ` with ${people}` : '';
    parts.push(`${plural(counts.meetings, 'meeting')} (who was invited and when)${withWhom}`);
  }
  if (counts.invitations > 0) parts.push(plural(counts.invitations, 'LinkedIn invitation'));
  if (counts.positions > 0) parts.push(plural(counts.positions, 'position of yours', 'positions of yours'));
  if (automatedLeftOut > 0) parts.push(`${plural(automatedLeftOut, 'automated message')} left out`);
  return parts.length ? `Kept: ${parts.join('; ')}.` : 'Nothing was kept.';
}
