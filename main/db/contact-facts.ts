import type { ContactFacts } from '../analysis/person-match/types';

/** A people row as the matcher reads it. */
export interface PersonRow {
  id: number;
  sourceKey: string;
  displayName: string;
  company: string | null;
  position: string | null;
  email: string | null;
}

/**
 * A person's facts for matching. Their LinkedIn page survives only as the source key of a
 * connection without an e-mail ("linkedin.com/in/…", as contacts-shared/person.ts keys it).
 */
export function contactFacts(person: PersonRow): ContactFacts {
  return {
    name: person.displayName,
    company: person.company,
    position: person.position,
    email: person.email,
    profileUrl: person.sourceKey.includes('linkedin.com/in/') ? person.sourceKey : null,
  };
}
