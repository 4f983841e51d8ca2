import type { Relationship } from '../../../../common/dto';

/** For a contact list: who these people are to the user. No "me": a list of contacts is others. */
export const contactGroups: readonly { value: Relationship; label: string }[] = [
  { value: 'colleague', label: 'Colleagues' },
  { value: 'customer', label: 'Customers' },
  { value: 'partner', label: 'Partners' },
  { value: 'friend', label: 'Friends' },
  { value: 'other', label: 'Other contacts' },
];

/** For an archive with an owner: whose export it is. */
export const archiveOwners: readonly { value: Relationship; label: string }[] = [
  { value: 'me', label: 'Mine' },
  { value: 'colleague', label: 'A colleague’s' },
  { value: 'customer', label: 'A customer’s' },
  { value: 'partner', label: 'A partner’s' },
  { value: 'friend', label: 'A friend’s' },
  { value: 'other', label: 'Someone else’s' },
];

const nouns: Record<Relationship, string> = {
  me: 'you',
  colleague: 'colleague',
  customer: 'customer',
  partner: 'partner',
  friend: 'friend',
  other: 'contact',
};

/** "customer", "colleague"; "you" for the user's own accounts. */
export function relationshipNoun(relationship: Relationship): string {
  return nouns[relationship];
}
