import type { AccountBrief, ReferralPathDto, Relationship } from '../../../../common/dto';

export function accountLabel(account: Pick<AccountBrief, 'handle' | 'name' | 'id'>): string {
  if (account.handle) return `@${account.handle.replace(/^@/, '')}`;
  const name = account.name?.trim();
  return name ? name : `account #${account.id}`;
}

const relationshipWords: Record<Relationship, string> = {
  me: 'you',
  colleague: 'your colleague',
  customer: 'your customer',
  partner: 'your partner',
  friend: 'your friend',
  other: 'your contact',
};

/** "your colleague", "your contact"; "you" for the user's own accounts. */
export function relationshipPhrase(relationship: Relationship): string {
  return relationshipWords[relationship];
}

/** A tie strength as people read it: 0.9 → "0.90". */
export function formatStrength(strength: number): string {
  return strength.toFixed(2);
}

/** A path score as a share: 0.604 → "60%", 0.004 → "<1%". */
export function scorePercent(score: number): string {
  if (!Number.isFinite(score) || score <= 0) return '0%';
  if (score < 0.01) return '<1%';
  return `${Math.round(Math.min(1, score) * 100)}%`;
}

export interface PathStep {
  /** "You", "Dana Lee", "@acme_ceo". */
  label: string;
  /** "your colleague, 0.90" for the user's person; the handle for a named account. */
  detail: string | null;
  /** The account, except for the user themselves when the path starts at one of their people. */
  accountId: number | null;
  kind: 'you' | 'person' | 'bridge' | 'prospect';
}

/**
 * The people along a path, from the user to the prospect:
 * You → Dana Lee (your colleague, 0.90) → @acme_ceo. A path that starts at the user's own
 * account begins with "You (@handle)".
 */
export function pathSteps(path: ReferralPathDto): PathStep[] {
  const { start } = path;
  const steps: PathStep[] =
    start.relationship === 'me'
      ? [{ label: 'You', detail: accountLabel(start.account), accountId: start.account.id, kind: 'you' }]
      : [
          { label: 'You', detail: null, accountId: null, kind: 'you' },
          {
            label: start.personName.trim() || accountLabel(start.account),
            detail: `${relationshipWords[start.relationship]}, ${formatStrength(start.strength)}`,
            accountId: start.account.id,
            kind: 'person',
          },
        ];
  path.hops.forEach((hop, index) => {
    const last = index === path.hops.length - 1;
    steps.push({
      label: accountLabel(hop.to),
      detail: hop.to.handle && hop.to.name?.trim() ? hop.to.name.trim() : null,
      accountId: hop.to.id,
      kind: last ? 'prospect' : 'bridge',
    });
  });
  return steps;
}

/** The steps in one line of plain text, for screen readers and copying. */
export function pathLine(path: ReferralPathDto): string {
  return pathSteps(path)
    .map((step) =>
      step.kind === 'person' && step.detail
        ? `${step.label} (${step.detail})`
        : step.kind === 'you' && step.detail
          ? `${step.label} (${step.detail})`
          : step.label,
    )
    .join(' → ');
}

/** How many people stand between the user and the prospect. */
export function intermediaries(path: ReferralPathDto): number {
  return pathSteps(path).filter((step) => step.kind === 'person' || step.kind === 'bridge').length;
}

export function intermediariesText(path: ReferralPathDto): string {
  const count = intermediaries(path);
  if (count === 0) return 'Direct: you are already connected';
  return count === 1 ? 'One introduction' : `${count} introductions`;
}
