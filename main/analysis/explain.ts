import type { AccountBrief, HopDirectionDto, Relationship } from '../../common/dto';
import type { Interaction, InteractionKind, TieEvidence } from './tie-strength';

export function accountLabel(account: AccountBrief): string {
  return account.handle ? `@${account.handle.replace(/^@/, '')}` : (account.name ?? `account ${account.id}`);
}

const verbs: Record<InteractionKind, [string, string]> = {
  reply: ['replied to', ''],
  mention: ['mentioned', ''],
  quote: ['quoted', ''],
  repost: ['reposted', ''],
  like: ['liked posts by', ''],
};

function times(count: number): string {
  return count === 1 ? 'once' : count === 2 ? 'twice' : `${count} times`;
}

// One formatter for every date: toLocaleDateString builds a new one per call (80 ms for all the ways in).
const MONTH_YEAR = new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' });

function monthYear(iso: string): string {
  const date = new Date(iso);
  // As toLocaleDateString says it; format() would throw.
  return Number.isNaN(date.getTime()) ? 'Invalid Date' : MONTH_YEAR.format(date);
}

function describeInteractions(actor: string, other: string, list: Interaction[]): string[] {
  const byKind = new Map<InteractionKind, Interaction[]>();
  for (const interaction of list)
    byKind.set(interaction.kind, [...(byKind.get(interaction.kind) ?? []), interaction]);
  return [...byKind].map(([kind, items]) => {
    const dates = items
      .map((i) => i.at)
      .filter((at): at is string => Boolean(at))
      .sort();
    const last = dates.length ? ` (last ${monthYear(dates.at(-1)!)})` : '';
    return `${actor} ${verbs[kind][0]} ${other} ${times(items.length)}${last}`;
  });
}

/** The evidence for one tie, in words, e.g. "@a and @b follow each other; @b replied to @a twice". */
export function describeTie(a: AccountBrief, b: AccountBrief, evidence: TieEvidence): string {
  const nameA = accountLabel(a);
  const nameB = accountLabel(b);
  const parts: string[] = [];
  if (evidence.aFollowsB && evidence.bFollowsA) parts.push(`${nameA} and ${nameB} follow each other`);
  else if (evidence.aFollowsB) parts.push(`${nameA} follows ${nameB}`);
  else if (evidence.bFollowsA) parts.push(`${nameB} follows ${nameA}`);
  parts.push(
    ...describeInteractions(
      nameA,
      nameB,
      evidence.interactions.filter((i) => i.from === 'a'),
    ),
  );
  parts.push(
    ...describeInteractions(
      nameB,
      nameA,
      evidence.interactions.filter((i) => i.from === 'b'),
    ),
  );
  return parts.join('; ');
}

/** Who follows whom and who interacted, on the hop from a (the earlier person) to b. */
export function hopDirection(evidence: TieEvidence): HopDirectionDto {
  return {
    fromFollowsTo: evidence.aFollowsB,
    toFollowsFrom: evidence.bFollowsA,
    fromInteracted: evidence.interactions.some((i) => i.from === 'a'),
    toInteracted: evidence.interactions.some((i) => i.from === 'b'),
  };
}

/** Why b may not know a, in words: "@b does not follow @a or interact with them (only @a follows @b)". */
export function coldReason(a: AccountBrief, b: AccountBrief, direction: HopDirectionDto): string {
  const nameA = accountLabel(a);
  const nameB = accountLabel(b);
  const reach =
    direction.fromFollowsTo && direction.fromInteracted
      ? `follows and has interacted with ${nameB}`
      : direction.fromInteracted
        ? `has interacted with ${nameB}`
        : `follows ${nameB}`;
  return `${nameB} does not follow ${nameA} or interact with them (only ${nameA} ${reach})`;
}

export const relationshipWords: Record<Relationship, string> = {
  me: 'you',
  colleague: 'your colleague',
  customer: 'your customer',
  partner: 'your partner',
  friend: 'your friend',
  other: 'someone you know',
};

/**
 * "Dana Lee, your customer (@dana): @acme_ceo follows @dana." A cold path says why it is cold:
 * "… Cold: @x does not follow @dana or interact with them (only @dana follows @x)."
 */
export function explainPath(
  start: { personName: string; relationship: Relationship; account: AccountBrief },
  hops: { evidence: string; coldReason?: string | null }[],
): string {
  const who =
    start.relationship === 'me'
      ? `You (${accountLabel(start.account)})`
      : `${start.personName}, ${relationshipWords[start.relationship]} (${accountLabel(start.account)})`;
  const reasons = hops.flatMap((h) => (h.coldReason ? [h.coldReason] : []));
  const cold = reasons.length ? ` Cold: ${reasons.join('; ')}.` : '';
  return `${who}: ${hops.map((h) => h.evidence).join('; then ')}.${cold}`;
}
