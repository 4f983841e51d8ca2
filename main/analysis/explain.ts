import type { AccountBrief, Relationship } from '../../common/dto';
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

function monthYear(iso: string): string {
  return new Date(iso).toLocaleDateString('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' });
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

const relationshipWords: Record<Relationship, string> = {
  me: 'you',
  colleague: 'your colleague',
  customer: 'your customer',
  partner: 'your partner',
  friend: 'your friend',
  other: 'someone you know',
};

/** "Dana Lee, your customer (@dana): @dana follows @acme_ceo." */
export function explainPath(
  start: { personName: string; relationship: Relationship; account: AccountBrief },
  hops: { evidence: string }[],
): string {
  const who =
    start.relationship === 'me'
      ? `You (${accountLabel(start.account)})`
      : `${start.personName}, ${relationshipWords[start.relationship]} (${accountLabel(start.account)})`;
  return `${who}: ${hops.map((h) => h.evidence).join('; then ')}.`;
}
