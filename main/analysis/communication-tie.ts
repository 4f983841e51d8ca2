import type { Relationship } from '../../common/dto';
import { RELATIONSHIP_TIE } from './tie-strength';

/** One message between the user and the person: who sent it, when, and whether it answered the other. */
export interface TieMessage {
  from: 'you' | 'them';
  /** UTC ISO; undefined when the message has no usable Date header. */
  at?: string | undefined;
  /** It answers a message of the other side (its In-Reply-To names one of theirs). */
  reply?: boolean | undefined;
}

export type MeetingResponse = 'accepted' | 'tentative' | 'declined' | 'cancelled';

export interface TieMeeting {
  at: string;
  /** The person's answer, or 'cancelled' when the event itself was. */
  response: MeetingResponse;
}

export interface TieOverride {
  score: number;
  why: string;
}

/** Everything the formula reads about one person: nothing else. */
export interface CommunicationEvidence {
  messages: readonly TieMessage[];
  meetings: readonly TieMeeting[];
  relationship: Relationship;
  override?: TieOverride | null | undefined;
}

export interface CommunicationTie {
  /** What paths use: the override when the user set one, else the computed score (0–100). */
  score: number;
  computed: number;
  override: TieOverride | null;
  /** Whether any message or counted meeting exists: without, paths keep the relationship's tie. */
  hasEvidence: boolean;
  parts: { start: number; mail: number; replies: number; meetings: number; weight: number };
  counts: {
    sent: number;
    received: number;
    meetings: number;
    lastAt: string | null;
    firstFrom: 'you' | 'them' | null;
    firstAt: string | null;
  };
  explanation: string;
}

/*
 * The communication tie formula, in one place; users read it as COMMUNICATION_TIE_FORMULA_TEXT.
 * Constants set on 2026-12-03 (issue 16), to be revisited against users' own judgement of their ties.
 */
/** A message or meeting counts half after this many days, a quarter after twice as many. */
export const COMMUNICATION_HALF_LIFE_DAYS = 180;
/** A message with no date counts as a quarter of a fresh one: old, probably. */
export const UNDATED_MESSAGE_FACTOR = 0.25;
/** What mail beyond the other side's counts for: writing to someone who never answers is not knowing them. */
export const ONE_WAY_FACTOR = 0.2;
/** What an answer adds on top of its message (answers weighed both ways like the mail). */
export const REPLY_WEIGHT = 0.5;
/** A meeting together (accepted or tentative) counts as two messages. */
export const MEETING_WEIGHT = 2;
/** The relationship the user set gives the start: this share of its tie (a customer 35, a colleague 45). */
export const RELATIONSHIP_SHARE = 0.5;
/** Weight at which the score has gone 63% of the way from the start to 100. */
export const COMMUNICATION_SATURATION = 10;

export const COMMUNICATION_TIE_FORMULA_TEXT =
  `Your tie to one of your people, from your mail and calendars: each e-mail counts 1, halved every ` +
  `${COMMUNICATION_HALF_LIFE_DAYS} days since it was sent (one with no date counts ${UNDATED_MESSAGE_FACTOR}). ` +
  `Mail is weighed both ways: twice the smaller side (yours or theirs), and the rest at ${ONE_WAY_FACTOR}, so ` +
  `mail that is never answered counts little. Each answer adds ${REPLY_WEIGHT}, weighed both ways the same. ` +
  `Each meeting together (accepted or tentative; declined and cancelled ones not at all) adds ` +
  `${MEETING_WEIGHT}, halved the same way. The relationship you set gives the start: ${RELATIONSHIP_SHARE * 100}% ` +
  `of its tie (customer 35, colleague 45). Score = 100 × (1 − (1 − start) × e^(−weight ÷ ${COMMUNICATION_SATURATION})). ` +
  `A path starts with this score (÷ 100) for a person you wrote to or met; for others, with the relationship's tie. ` +
  `Your own score, when you set one, replaces the computed one.`;

const DAY = 86_400_000;

function decay(at: string | undefined, now: number): number {
  const time = at === undefined ? Number.NaN : Date.parse(at);
  if (!Number.isFinite(time)) return UNDATED_MESSAGE_FACTOR;
  return 0.5 ** (Math.max(0, now - time) / DAY / COMMUNICATION_HALF_LIFE_DAYS);
}

/** Twice the smaller side and a fraction of the rest: monotonic in both, highest when balanced. */
function reciprocal(yours: number, theirs: number): number {
  const both = Math.min(yours, theirs);
  return 2 * both + ONE_WAY_FACTOR * (Math.max(yours, theirs) - both);
}

/** Meetings that count: answered yes or maybe, and already held. */
function countedMeetings(meetings: readonly TieMeeting[], now: number): TieMeeting[] {
  return meetings.filter(
    (m) => (m.response === 'accepted' || m.response === 'tentative') && !(Date.parse(m.at) > now),
  );
}

export function communicationTie(
  evidence: CommunicationEvidence,
  now: number = Date.now(),
): CommunicationTie {
  const side = { you: { mail: 0, replies: 0 }, them: { mail: 0, replies: 0 } };
  for (const message of evidence.messages) {
    const weight = decay(message.at, now);
    side[message.from].mail += weight;
    if (message.reply) side[message.from].replies += weight;
  }
  const meetings = countedMeetings(evidence.meetings, now);
  const mail = reciprocal(side.you.mail, side.them.mail);
  const replies = REPLY_WEIGHT * reciprocal(side.you.replies, side.them.replies);
  const met = meetings.reduce((sum, m) => sum + MEETING_WEIGHT * decay(m.at, now), 0);
  const weight = mail + replies + met;
  const start = RELATIONSHIP_TIE[evidence.relationship] * RELATIONSHIP_SHARE;
  const computed = Math.round(100 * (1 - (1 - start) * Math.exp(-weight / COMMUNICATION_SATURATION)));
  const override = evidence.override ?? null;
  const counts = countsOf(evidence.messages, meetings);
  return {
    score: override?.score ?? computed,
    computed,
    override,
    hasEvidence: evidence.messages.length > 0 || meetings.length > 0,
    parts: { start: Math.round(start * 100), mail, replies, meetings: met, weight },
    counts,
    explanation: explain(counts, meetings, now),
  };
}

/** The user's tie to a person at the start of a path: their score when they have one, else the relationship's. */
export function pathStartTie(tie: CommunicationTie | undefined): number | undefined {
  if (!tie || (!tie.hasEvidence && !tie.override)) return undefined;
  return Math.min(1, Math.max(0.01, tie.score / 100));
}

function countsOf(
  messages: readonly TieMessage[],
  meetings: readonly TieMeeting[],
): CommunicationTie['counts'] {
  let lastAt: string | null = null;
  let first: TieMessage | null = null;
  for (const m of messages) {
    if (!m.at || !Number.isFinite(Date.parse(m.at))) continue;
    if (!lastAt || m.at > lastAt) lastAt = m.at;
    if (!first || m.at < first.at!) first = m;
  }
  return {
    sent: messages.filter((m) => m.from === 'you').length,
    received: messages.filter((m) => m.from === 'them').length,
    meetings: meetings.length,
    lastAt,
    firstFrom: first?.from ?? null,
    firstAt: first?.at ?? null,
  };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const monthYear = (at: string) =>
  new Date(at).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "12 days ago" within two months, else "in May 2019". */
export function agoText(at: string, now: number): string {
  const days = Math.floor((now - Date.parse(at)) / DAY);
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  return days < 60 ? `${days} days ago` : `in ${monthYear(at)}`;
}

function explain(counts: CommunicationTie['counts'], meetings: TieMeeting[], now: number): string {
  const parts: string[] = [];
  const total = counts.sent + counts.received;
  if (total > 0) {
    let mail =
      counts.sent && counts.received
        ? `${plural(total, 'e-mail')} both ways`
        : counts.sent
          ? `${plural(total, 'e-mail')} from you, none back`
          : `${plural(total, 'e-mail')} from them, none from you`;
    if (counts.lastAt) mail += `, last ${agoText(counts.lastAt, now)}`;
    parts.push(mail);
  }
  if (meetings.length > 0) {
    const years = new Set(meetings.map((m) => m.at.slice(0, 4)));
    const last = meetings.reduce((a, b) => (b.at > a ? b.at : a), meetings[0]!.at);
    parts.push(
      years.size === 1
        ? `${plural(meetings.length, 'meeting')} in ${[...years][0]}`
        : `${plural(meetings.length, 'meeting')}, the last ${agoText(last, now)}`,
    );
  }
  if (counts.firstFrom && counts.firstAt) {
    parts.push(`${counts.firstFrom === 'you' ? 'you' : 'they'} wrote first in ${counts.firstAt.slice(0, 4)}`);
  }
  return parts.length
    ? parts.join('; ')
    : 'No e-mail or meeting with them in the imported mail and calendars';
}

export interface MonthActivity {
  /** YYYY-MM, UTC. */
  month: string;
  sent: number;
  received: number;
  meetings: number;
}

/** Messages and counted meetings per month over the last `months` months (this one included), oldest first. */
export function monthlyActivity(evidence: CommunicationEvidence, now: number, months = 24): MonthActivity[] {
  const end = new Date(now);
  const list: MonthActivity[] = [];
  for (let i = months - 1; i >= 0; i -= 1) {
    const month = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() - i, 1))
      .toISOString()
      .slice(0, 7);
    list.push({ month, sent: 0, received: 0, meetings: 0 });
  }
  const byMonth = new Map(list.map((m) => [m.month, m]));
  for (const message of evidence.messages) {
    const entry = message.at ? byMonth.get(message.at.slice(0, 7)) : undefined;
    if (entry) entry[message.from === 'you' ? 'sent' : 'received'] += 1;
  }
  for (const meeting of countedMeetings(evidence.meetings, now)) {
    const entry = byMonth.get(meeting.at.slice(0, 7));
    if (entry) entry.meetings += 1;
  }
  return list;
}

/**
 * Where the sparkline's months end: this month while anything happened within them, else the
 * month of the last message or meeting, so an old correspondence (a 2000 mailbox) still shows.
 */
export function sparklineEnd(evidence: CommunicationEvidence, now: number, months: number): number {
  let last = Number.NEGATIVE_INFINITY;
  const see = (at: string | undefined) => {
    const time = at ? Date.parse(at) : Number.NaN;
    if (Number.isFinite(time) && time <= now && time > last) last = time;
  };
  for (const m of evidence.messages) see(m.at);
  for (const m of countedMeetings(evidence.meetings, now)) see(m.at);
  if (last === Number.NEGATIVE_INFINITY) return now;
  const start = new Date(now);
  const windowStart = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() - (months - 1), 1);
  return last >= windowStart ? now : last;
}
