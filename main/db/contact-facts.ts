import type { ContactFacts } from '../analysis/person-match/types';

/** A people row as the matcher reads it. */
export interface PersonRow {
  id: number;
  sourceKey: string;
  displayName: string;
  company: string | null;
  position: string | null;
  email: string | null;
  location: string | null;
  profileUrl: string | null;
}

/**
 * A person's facts for matching. Their LinkedIn page is kept since migration 009; before it, only
 * the source key of a connection without an e-mail held it ("linkedin.com/in/…").
 */
export function contactFacts(person: PersonRow): ContactFacts {
  return {
    name: person.displayName,
    company: person.company,
    position: person.position,
    email: person.email,
    profileUrl:
      person.profileUrl ?? (person.sourceKey.includes('linkedin.com/in/') ? person.sourceKey : null),
    location: person.location,
  };
}
