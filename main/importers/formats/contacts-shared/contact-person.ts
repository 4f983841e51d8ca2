import type { PersonRecord, Relationship, SkipRecord } from '../../records';
import { normalizeProfileUrl, type SourceKeys, type StatedAccounts } from './person';
import { isLinkedInProfileUrl } from './social';

/** What a contact row or card states about a person, cleaned; empty values left out. */
export interface ContactFacts {
  displayName: string;
  email?: string;
  /** The contact's LinkedIn or social profile URL: its key when it has no e-mail. */
  profileUrl?: string;
  /** Their LinkedIn page when the record states one besides another profile URL. */
  linkedInUrl?: string;
  /** Where they live ("Málaga, Spain"). */
  location?: string;
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
  if (facts.location) person.location = facts.location;
  // Kept whatever keys the person: it is matching and duplicate evidence (an e-mail used to drop it).
  const linkedIn =
    facts.linkedInUrl ?? (profileUrl && isLinkedInProfileUrl(profileUrl) ? profileUrl : undefined);
  if (linkedIn) person.profileUrl = normalizeProfileUrl(linkedIn);
  if (place.relationship) person.relationship = place.relationship;
  const stated = facts.accounts?.list();
  if (stated) person.accounts = stated;
  return person;
}
