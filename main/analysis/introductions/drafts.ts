import type { AccountBrief, PathHopDto } from '../../../common/dto';
import type { IntroDraftDto, IntroDraftKind, IntroFactDto } from '../../../common/introductions';
import { accountLabel } from '../explain';
import { PLACEHOLDER, relationshipFact, startFields, topicsOf, type FieldUse } from './person-facts';
import {
  hopFacts,
  I,
  knowing,
  named,
  relativeClause,
  sentenceCase,
  tieClause,
  YOU,
  type Party,
} from './ties';
import type { IntroductionInput } from './types';

/** Collects what one draft states (facts) and leaves open (placeholders) while it is written. */
class Draft {
  private readonly facts: IntroFactDto[] = [];
  private readonly placeholders = new Set<string>();

  state(...facts: IntroFactDto[]): void {
    for (const fact of facts) {
      const same = (f: IntroFactDto) => f.text === fact.text && f.source === fact.source;
      if (!this.facts.some(same)) this.facts.push(fact);
    }
  }

  use(field: FieldUse): string {
    if (field.fact) this.state(field.fact);
    if (field.placeholder) this.placeholders.add(field.placeholder);
    return field.words;
  }

  open(placeholder: string): string {
    this.placeholders.add(placeholder);
    return placeholder;
  }

  done(kind: IntroDraftKind, from: string, to: string, subject: string, paragraphs: string[]): IntroDraftDto {
    return {
      kind,
      from,
      to,
      subject,
      body: paragraphs.join('\n\n'),
      facts: this.facts,
      placeholders: [...this.placeholders].filter((p) => paragraphs.some((text) => text.includes(p))),
    };
  }
}

const shortName = (account: AccountBrief) => account.name?.trim() || accountLabel(account);
const fullName = (account: AccountBrief) =>
  account.name?.trim() && account.handle
    ? `${account.name.trim()} (${accountLabel(account)})`
    : shortName(account);
const firstName = (name: string) => name.trim().split(/\s+/)[0] || name;
const warm = (hop: PathHopDto) => ['mutual', 'to-follows', 'to-interacted'].includes(knowing(hop));

/** Everything about the path and the user that several drafts share. */
function context(input: IntroductionInput) {
  const { path, prospect } = input;
  const sender = (draft: Draft) => input.senderName?.trim() || draft.open(PLACEHOLDER.sender);
  return { input, path, prospect, sender, fields: startFields(input), topics: topicsOf(input, prospect) };
}
type Context = ReturnType<typeof context>;

/** "You post about #x and #y; [what you would like to talk about]." Only for the prospect's eyes. */
function talkingPoint(ctx: Context, draft: Draft): string {
  draft.state(...ctx.topics.facts);
  const point = draft.open(PLACEHOLDER.talkingPoint);
  return ctx.topics.words ? `You post about ${ctx.topics.words}; ${point}.` : `${point}.`;
}

/** Clauses for the hops from `index` on, the reader being the hop's earlier person: "Pat follows you on X". */
function chainClauses(ctx: Context, draft: Draft, index: number): string[] {
  return ctx.path.hops.slice(index).flatMap((hop, offset) => {
    const from: Party = offset === 0 ? YOU : named(shortName(hop.from));
    const clause = tieClause(hop, from, named(shortName(hop.to)));
    if (!clause) return [];
    draft.state(...hopFacts(ctx.input, hop));
    return [clause];
  });
}

/** How the sender's person introduces the sender: "a colleague of mine", "we have worked with them since 2021". */
function personIntroducesSender(ctx: Context, draft: Draft): { clause: string; says: string | null } {
  const start = ctx.path.start;
  draft.state(relationshipFact(start));
  switch (start.relationship) {
    case 'customer':
      return {
        clause: `; we have worked with them since ${draft.use(ctx.fields.since)}`,
        says: draft.use(ctx.fields.says),
      };
    case 'partner':
      return {
        clause: `; we have worked with them as partners since ${draft.use(ctx.fields.since)}`,
        says: draft.use(ctx.fields.says),
      };
    case 'colleague':
      return { clause: ', a colleague of mine', says: null };
    case 'friend':
      return { clause: ', a friend of mine', says: null };
    default:
      return { clause: ', whom I know', says: null };
  }
}

function direct(ctx: Context): IntroDraftDto {
  const draft = new Draft();
  const hop = ctx.path.hops[0]!;
  // Only what makes the prospect know the user is worth saying; "I follow you" is not.
  const tie = warm(hop) ? tieClause(hop, I, YOU) : null;
  if (tie) draft.state(...hopFacts(ctx.input, hop));
  const sender = ctx.sender(draft);
  return draft.done('direct', 'You', fullName(ctx.prospect), `Hello from ${sender}`, [
    `Hi ${shortName(ctx.prospect)},`,
    ...(tie ? [`${sentenceCase(tie)}.`] : []),
    talkingPoint(ctx, draft),
    'Would you be open to a short conversation?',
    `Best,\n${sender}`,
  ]);
}

function bandwagon(ctx: Context): IntroDraftDto {
  const draft = new Draft();
  const start = ctx.path.start;
  const hop = ctx.path.hops[0]!;
  draft.state(relationshipFact(start));
  const clause = relativeClause(hop);
  if (clause) draft.state(...hopFacts(ctx.input, hop));
  const who = clause ? `${start.personName}, ${clause},` : start.personName;
  const as = start.relationship === 'partner' ? ' as a partner' : '';
  const since = draft.use(ctx.fields.since);
  const did = draft.use(ctx.fields.did);
  const we = /^we\b/i.test(did) ? sentenceCase(did) : `We ${did}`;
  const says = draft.use(ctx.fields.says);
  const sender = ctx.sender(draft);
  return draft.done('bandwagon', 'You', fullName(ctx.prospect), `A note about ${start.personName}`, [
    `Hi ${shortName(ctx.prospect)},`,
    `${who} has worked with us${as} since ${since}. ${we}. In their words: “${says}”.`,
    talkingPoint(ctx, draft),
    'Would you be open to a short conversation?',
    `Best,\n${sender}`,
  ]);
}

function askToWrite(ctx: Context): IntroDraftDto {
  const draft = new Draft();
  const start = ctx.path.start;
  const [tie] = chainClauses(ctx, draft, 0);
  const sender = ctx.sender(draft);
  const prospect = shortName(ctx.prospect);
  return draft.done(
    'ask-to-write',
    'You',
    `${start.personName} (${accountLabel(start.account)})`,
    `Would you write to ${prospect}?`,
    [
      `Hi ${firstName(start.personName)},`,
      `I would like to get in touch with ${fullName(ctx.prospect)}.${tie ? ` ${sentenceCase(tie)}.` : ''}`,
      'Would you be willing to write to them for me? Below is a text you can send as it is or change as you like.',
      `Thank you,\n${sender}`,
    ],
  );
}

function theirNote(ctx: Context): IntroDraftDto {
  const draft = new Draft();
  const start = ctx.path.start;
  const sender = ctx.sender(draft);
  const { clause, says } = personIntroducesSender(ctx, draft);
  return draft.done('their-note', start.personName, fullName(ctx.prospect), `Introducing ${sender}`, [
    `Hi ${shortName(ctx.prospect)},`,
    `I would like to introduce ${sender}${clause}.${says ? ` In my words: “${says}”.` : ''}`,
    'Would you be open to hearing from them?',
    `Best,\n${firstName(start.personName)}`,
  ]);
}

/** The first person the user asks on a longer path: their own person, or the first account. */
function firstAsked(ctx: Context) {
  const { path } = ctx;
  const isMine = path.start.relationship === 'me';
  // On the user's own path the first hop reaches the one to ask; otherwise it is the user's person.
  const index = isMine ? 1 : 0;
  const asked = isMine ? path.hops[0]!.to : path.start.account;
  const name = isMine ? shortName(asked) : path.start.personName;
  return { isMine, index, asked, name, next: path.hops[index]!.to };
}

function askBridge(ctx: Context): IntroDraftDto {
  const draft = new Draft();
  const { isMine, index, asked, name, next } = firstAsked(ctx);
  const opener: string[] = [];
  const meHop = ctx.path.hops[0]!;
  if (isMine && warm(meHop)) {
    draft.state(...hopFacts(ctx.input, meHop));
    opener.push(`${sentenceCase(tieClause(meHop, I, YOU)!)}.`);
  }
  const clauses = chainClauses(ctx, draft, index);
  const sender = ctx.sender(draft);
  const toProspect = next.id === ctx.prospect.id;
  const to = isMine ? fullName(asked) : `${name} (${accountLabel(asked)})`;
  return draft.done('ask-bridge', 'You', to, `Would you introduce me to ${shortName(next)}?`, [
    `Hi ${isMine ? name : firstName(name)},`,
    ...opener,
    `I would like to meet ${fullName(ctx.prospect)}.${clauses.length ? ` ${sentenceCase(clauses.join(', and '))}.` : ''}`,
    `Would you be willing to introduce me${toProspect ? '' : ` to ${shortName(next)}`}? Below is a note you can forward as it is or change as you like.`,
    `Thank you,\n${sender}`,
  ]);
}

function forwardable(ctx: Context): IntroDraftDto {
  const draft = new Draft();
  const { isMine, index, asked, name, next } = firstAsked(ctx);
  const sender = ctx.sender(draft);
  let introduce = `I would like to introduce ${sender}`;
  let says: string | null = null;
  if (isMine) {
    const meHop = ctx.path.hops[0]!;
    introduce += '.';
    if (warm(meHop)) {
      draft.state(...hopFacts(ctx.input, meHop));
      introduce += ` ${sentenceCase(tieClause(meHop, named(sender), I)!)}.`;
    }
  } else {
    const person = personIntroducesSender(ctx, draft);
    introduce += `${person.clause}.`;
    says = person.says;
  }
  if (says) introduce += ` In my words: “${says}”.`;
  const toProspect = next.id === ctx.prospect.id;
  const rest = toProspect ? [] : chainClauses(ctx, draft, index + 1);
  const body = toProspect
    ? [talkingPoint(ctx, draft), 'Would you be open to a short conversation with them?']
    : [
        `${sender} would like to meet ${fullName(ctx.prospect)}.${rest.length ? ` ${sentenceCase(rest.join(', and '))}.` : ''}`,
        'Would you be open to introducing them?',
      ];
  return draft.done(
    'forwardable',
    isMine ? shortName(asked) : name,
    fullName(next),
    `Introducing ${sender}`,
    [`Hi ${shortName(next)},`, introduce, ...body, `Best,\n${isMine ? name : firstName(name)}`],
  );
}

/**
 * The drafts for one referral path, built only from the input: every sentence that states a
 * fact lists it with its record; what the app does not know stays a visible placeholder.
 */
export function draftIntroductions(input: IntroductionInput): IntroDraftDto[] {
  const ctx = context(input);
  const { path } = ctx;
  const mine = path.start.relationship === 'me';
  if (mine && path.hops.length === 1) return [direct(ctx)];
  if (mine || path.hops.length > 1) return [askBridge(ctx), forwardable(ctx)];
  const drafts = [askToWrite(ctx), theirNote(ctx)];
  const bandwagonFits = path.start.relationship === 'customer' || path.start.relationship === 'partner';
  return bandwagonFits ? [bandwagon(ctx), ...drafts] : drafts;
}
