import type { PersonRecord, Relationship, SkipRecord } from '../../records';
import type { SourceKeys, StatedAccounts } from './person';

/** What a contact row or card states about a person, cleaned; empty values left out. */
export interface ContactFacts {
  displayName: string;
  email?: string;
  /** The contact's LinkedIn or social profile URL: its key when it has no e-mail. */
  profileUrl?: string;
  company?: string;
  position?: string;
  connectedOn?: string;
  accounts?: StatedAccounts;
}

/** Where a contact is, for its key and for the skip of a later duplicate. */
export interface ContactPlace {
  keys: SourceKeys;
  /** What a file holds one of: a later duplicate is said to repeat "the contact on line 4", "card 2". */
  kind: 'contact' | 'connection' | 'card';
  /** Its place within the file: "line 4", "card 2". */
  at: string;
  /** Its place for messages: "contacts.csv, line 4". */
  where: string;
  relationship?: Relationship;
}

function repeatsReason(kind: ContactPlace['kind'], earlier: string): string {
  return kind === 'card' ? `repeats ${earlier}` : `repeats the ${kind} on ${earlier}`;
}

/**
 * One contact as a person, keyed by its e-mail, profile URL or name and company (SourceKeys), or a
 * skip when it repeats an earlier contact of the same file. Shared by every contacts reader.
 */
export function contactPerson(facts: ContactFacts, place: ContactPlace): PersonRecord | SkipRecord {
  const { displayName, email, profileUrl, company } = facts;
  const claim = place.keys.claim({ email, profileUrl, name: displayName, company }, place.at);
  if ('duplicateOf' in claim) {
    return { type: 'skip', reason: repeatsReason(place.kind, claim.duplicateOf), where: place.where };
  }
  const person: PersonRecord = { type: 'person', sourceKey: claim.key, displayName };
  if (company) person.company = company;
  if (facts.position) person.position = facts.position;
  if (email) person.email = email;
  if (facts.connectedOn) person.connectedOn = facts.connectedOn;
  if (place.relationship) person.relationship = place.relationship;
  const stated = facts.accounts?.list();
  if (stated) person.accounts = stated;
  return person;
}
