import type { ReferralPathDto, Relationship } from '../../common/dto';
import type { IntroducedByDto, PersonTieDto } from '../../common/ties-dto';
import {
  communicationTie,
  COMMUNICATION_TIE_FORMULA_TEXT,
  monthlyActivity,
  sparklineEnd,
  pathStartTie,
  type TieMeeting,
  type TieMessage,
} from '../analysis/communication-tie';
import { CommunicationsRepo, type CorrespondentRef, type FirstMessage } from '../db/communications-repo';
import { importsSignature } from '../db/imports-signature';
import { TiesRepo } from '../db/ties-repo';
import type { OpenWorkspace } from './open-workspace';

const SPARKLINE_MONTHS = 24;

const toMessage = (m: {
  direction: 'sent' | 'received';
  sentAt: string | null;
  isReply: boolean;
}): TieMessage => ({
  from: m.direction === 'sent' ? 'you' : 'them',
  at: m.sentAt ?? undefined,
  reply: m.isReply,
});

/** The person's tie to the user, with its evidence, sparkline and who introduced them. */
export function personTie(workspace: OpenWorkspace, personId: number, now = Date.now()): PersonTieDto {
  workspace.requirePerson(personId);
  const ties = new TiesRepo(workspace.db);
  const mail = new CommunicationsRepo(workspace.db);
  const stored = ties.override(personId);
  const meetings: TieMeeting[] = mail.meetingsWith(personId).map((m) => ({
    at: m.startsAt,
    response: m.counts ? 'accepted' : 'declined',
  }));
  const evidence = {
    messages: mail.messagesWith(personId).map(toMessage),
    meetings,
    relationship: ties.relationshipOf(personId)!,
    override: stored && { score: stored.score, why: stored.why },
  };
  const tie = communicationTie(evidence, now);
  return {
    personId,
    score: tie.score,
    computed: tie.computed,
    override: stored,
    hasEvidence: tie.hasEvidence,
    explanation: tie.explanation,
    counts: {
      sent: tie.counts.sent,
      received: tie.counts.received,
      meetings: tie.counts.meetings,
      lastAt: tie.counts.lastAt,
    },
    months: monthlyActivity(evidence, sparklineEnd(evidence, now, SPARKLINE_MONTHS), SPARKLINE_MONTHS),
    introducedBy: introducedBy(mail, personId),
    mailImported: mail.hasAny(),
    formula: COMMUNICATION_TIE_FORMULA_TEXT,
  };
}

/** Sets (or, with null, clears) the user's own score for the person. */
export function setPersonTie(
  workspace: OpenWorkspace,
  personId: number,
  override: { score: number; why: string } | null,
): PersonTieDto {
  workspace.requirePerson(personId);
  const repo = new TiesRepo(workspace.db);
  repo.setOverride(personId, override, new Date().toISOString());
  return personTie(workspace, personId);
}

/** A path's first tie (0.01–1) and its evidence in words ("40 e-mails both ways, …" or the user's score). */
export interface StartTie {
  strength: number;
  explanation: string;
}

/** What the start ties read, kept per open workspace until an import, an edit or the hour changes. */
interface StartTieCache {
  key: string;
  messages: Map<number, TieMessage[]>;
  meetings: Map<number, TieMeeting[]>;
  overrides: ReturnType<TiesRepo['overrides']>;
  ties: Map<number, StartTie | null>;
}
const startTieCaches = new WeakMap<OpenWorkspace, StartTieCache>();
const HOUR = 3_600_000;

/** Every person's messages and meetings, read in one pass (about 1.5 s of CPU at 200,000 messages: bench/ties.ts). */
function startTieEvidence(workspace: OpenWorkspace, repo: TiesRepo, now: number): StartTieCache {
  // Messages change with imports; whose address is whose, overrides and relationships with edits
  // (the revision); the decay with time.
  const key = `${importsSignature(workspace.db)()}#${workspace.revision.value}#${Math.floor(now / HOUR)}`;
  const cached = startTieCaches.get(workspace);
  if (cached?.key === key) return cached;
  const mail = new CommunicationsRepo(workspace.db);
  const messages = new Map<number, TieMessage[]>();
  const meetings = new Map<number, TieMeeting[]>();
  if (mail.hasAny()) {
    for (const row of mail.everyPersonsMessages()) push(messages, row.personId, toMessage(row));
    for (const row of mail.everyPersonsMeetings())
      push(meetings, row.personId, { at: row.startsAt, response: 'accepted' });
  }
  const fresh = { key, messages, meetings, overrides: repo.overrides(), ties: new Map() };
  startTieCaches.set(workspace, fresh);
  return fresh;
}

/**
 * The tie at the start of a path for every person who has one (mail, meetings or the user's
 * score), by person id; people missing from the map start with their relationship's tie.
 */
export function pathStartTies(
  workspace: OpenWorkspace,
  relationships: ReadonlyMap<number, Relationship>,
  now = Date.now(),
): Map<number, StartTie> {
  const repo = new TiesRepo(workspace.db);
  const evidence = startTieEvidence(workspace, repo, now);
  const ties = new Map<number, StartTie>();
  for (const [personId, relationship] of relationships) {
    if (relationship === 'me') continue; // the user's own accounts start at 1
    let tie = evidence.ties.get(personId);
    if (tie === undefined) {
      tie = startTieOf(evidence, personId, relationship, now);
      evidence.ties.set(personId, tie);
    }
    if (tie) ties.set(personId, tie);
  }
  return ties;
}

function startTieOf(
  evidence: StartTieCache,
  personId: number,
  relationship: Relationship,
  now: number,
): StartTie | null {
  const stored = evidence.overrides.get(personId);
  if (!stored && !evidence.messages.has(personId) && !evidence.meetings.has(personId)) return null;
  const tie = communicationTie(
    {
      messages: evidence.messages.get(personId) ?? [],
      meetings: evidence.meetings.get(personId) ?? [],
      relationship,
      override: stored && { score: stored.score, why: stored.why },
    },
    now,
  );
  const strength = pathStartTie(tie);
  if (strength === undefined) return null;
  const explanation = tie.override
    ? `your own score, ${tie.override.score} of 100${tie.override.why ? ` (“${tie.override.why}”)` : ''}`
    : tie.explanation;
  return { strength, explanation };
}

function push<T>(map: Map<number, T[]>, key: number, value: T) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const label = (ref: CorrespondentRef) => (ref.name ? `${ref.name} <${ref.address}>` : ref.address);
const day = (at: string) => at.slice(0, 10);

/**
 * Who introduced the person: on the first message that named them, whoever else wrote it or was
 * copied (not the user, not the person), as Affinity's "source of introduction" does.
 */
export function introducedBy(mail: CommunicationsRepo, personId: number): IntroducedByDto {
  const first: FirstMessage | null = mail.firstMessageWith(personId);
  if (!first) {
    return {
      people: [],
      at: null,
      text: 'Unknown: no dated message with them is imported, so the mail does not say who introduced you.',
    };
  }
  const own = new Set(mail.ownAddresses().map((a) => `${a.channel}:${a.address}`));
  const someoneElse = (ref: CorrespondentRef | null): ref is CorrespondentRef =>
    ref !== null && ref.personId !== personId && !own.has(`${ref.channel}:${ref.address}`);
  // Written by a third person: they introduced them. Else the others copied on it.
  const by = someoneElse(first.from) ? [first.from] : [...first.to, ...first.cc].filter(someoneElse);
  const at = first.sentAt;
  if (by.length === 0) {
    return {
      people: [],
      at,
      text: `Nobody, as far as the mail says: the first message with them (${day(at ?? '')}) was between the two of you.`,
    };
  }
  return {
    people: by.map((ref) => ({ name: ref.name, address: ref.address, personId: ref.personId })),
    at,
    text: `Introduced by ${by.map(label).join(', ')}: the first message with them (${day(at ?? '')}) ${
      someoneElse(first.from) ? 'came from' : 'copied'
    } ${by.length === 1 ? 'them' : 'these people'}.`,
  };
}

/** The path with the evidence of the user's tie to its first person, when the mail or the user's score gave it. */
export function withStartTie(path: ReferralPathDto, tie: StartTie | undefined): ReferralPathDto {
  if (!tie || path.start.relationship === 'me') return path;
  return {
    ...path,
    explanation: `${path.explanation} Your tie to ${path.start.personName}: ${tie.explanation}.`,
  };
}
