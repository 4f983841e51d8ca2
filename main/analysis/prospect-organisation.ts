/**
 * Your people at the prospect's organisation: which organisation the prospect's bio names (or
 * the user set), and which contacts' company or position names the same one.
 */
import type { OrganisationContactDto, Relationship } from '../../common/dto';
import { compact, foldText } from './person-match/fold';
import { companyPhrase, employersNamed } from './person-match/organisations';

/** Words too common to stand for an organisation on their own ("Global" is not "Global Logistics"). */
const GENERIC = new Set(
  'the global international group solutions consulting services systems technologies technology partners digital labs capital ventures holdings media network software university college school bank health'.split(
    ' ',
  ),
);

/** "Founder, Acme" / "CEO | Acme Logistics" / "CTO – Globex": a role, then the organisation. */
const ROLE_THEN_NAME =
  /\b(?:co-?founder|founder|ceo|cto|cfo|coo|cmo|cpo|president|owner|director|head of [\p{L} ]+?|vp [\p{L} ]+?)\s*[,|·–—-]\s*([\p{Lu}\p{N}][\p{L}\p{N}&'’.-]*(?:\s+(?:&\s+)?[\p{Lu}\p{N}][\p{L}\p{N}&'’.-]*){0,3})/giu;

/** The organisations a bio says its author works for now, each once. */
export function organisationsOfBio(bio: string | null | undefined): string[] {
  if (!bio) return [];
  const named = [...employersNamed(bio)];
  for (const match of bio.matchAll(ROLE_THEN_NAME)) named.push(match[1]!.replace(/[.'’-]+$/, ''));
  const seen = new Set<string>();
  return named.filter((name) => {
    const key = compact(name);
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Whether two names are one organisation: the same words once folded and without a legal form
 * ("ACME Logistics S.L." is "Acme Logistics"), the same letters ("@acmelogistics"), or one the
 * whole-word start of the other ("Acme" of "Acme Logistics") unless that start is a common word.
 * "Acme" is not "Acmeco", nor "Pineapple".
 */
export function sameOrganisation(a: string, b: string): boolean {
  const pa = companyPhrase(a.replace(/^@/, ''));
  const pb = companyPhrase(b.replace(/^@/, ''));
  if (!pa || !pb) return false;
  if (pa === pb || pa.replace(/ /g, '') === pb.replace(/ /g, '')) return true;
  const [shorter, longer] = pa.length <= pb.length ? [pa, pb] : [pb, pa];
  const first = shorter.split(' ')[0]!;
  return (
    longer.startsWith(`${shorter} `) &&
    shorter.replace(/ /g, '').length >= 3 &&
    !(shorter === first && GENERIC.has(first))
  );
}

/** A contact as the organisation list reads it. */
export interface OrganisationContact {
  personId: number;
  name: string;
  company: string | null;
  position: string | null;
  relationship: Relationship;
  /** Import formats the contact came from ("linkedin-csv", "vcard", …), oldest first. */
  formats: string[];
  /** Customer since, or connected on (YYYY-MM-DD), when known. */
  since: string | null;
}

/** A contact at the prospect's organisation, with the line users read. */
export type OrganisationMatch = OrganisationContactDto;

const SOURCE_NAMES: Record<string, string> = {
  'linkedin-csv': 'LinkedIn',
  'google-csv': 'Google Contacts',
  vcard: 'vCard',
  'generic-csv': 'a CSV file',
  'x-archive': 'X archive',
  mastodon: 'Mastodon archive',
  'bluesky-car': 'Bluesky archive',
};

function sourceWords(formats: string[]): string {
  const names = [...new Set(formats.map((f) => SOURCE_NAMES[f] ?? f))];
  return names.length ? names.join(' and ') : 'added by hand';
}

/** Which of the organisations the contact's company or position names, if any. */
function organisationOf(contact: OrganisationContact, organisations: string[]): string | undefined {
  const inPosition = employersNamed(contact.position);
  return organisations.find(
    (org) =>
      (contact.company !== null && sameOrganisation(org, contact.company)) ||
      inPosition.some((named) => sameOrganisation(org, named)),
  );
}

function describe(contact: OrganisationContact, organisation: string): string {
  const position = contact.position?.trim();
  const company = contact.company?.trim();
  const positionNames = position && company && foldText(position).includes(foldText(company));
  const role = [position, company && !positionNames ? `at ${company}` : null].filter(Boolean).join(' ');
  const facts = [
    contact.relationship === 'other' ? null : contact.relationship,
    sourceWords(contact.formats),
  ];
  const since = contact.since ? `, since ${contact.since.slice(0, 4)}` : '';
  return `${contact.name}${role ? `, ${role}` : `, at ${organisation}`} (${facts.filter(Boolean).join(', ')}${since})`;
}

const RELATIONSHIP_ORDER: Relationship[] = ['customer', 'colleague', 'partner', 'friend', 'other', 'me'];

/** The contacts at one of the organisations: customers first, then colleagues, partners, by name. */
export function peopleAtOrganisation(
  organisations: readonly string[],
  contacts: readonly OrganisationContact[],
): OrganisationMatch[] {
  const named = organisations.filter((org) => companyPhrase(org));
  if (named.length === 0) return [];
  const found: OrganisationMatch[] = [];
  for (const contact of contacts) {
    if (contact.relationship === 'me') continue;
    const organisation = organisationOf(contact, named);
    if (!organisation) continue;
    found.push({
      personId: contact.personId,
      name: contact.name,
      company: contact.company,
      position: contact.position,
      relationship: contact.relationship,
      source: sourceWords(contact.formats),
      since: contact.since,
      organisation,
      line: describe(contact, organisation),
    });
  }
  return found.sort(
    (a, b) =>
      RELATIONSHIP_ORDER.indexOf(a.relationship) - RELATIONSHIP_ORDER.indexOf(b.relationship) ||
      a.name.localeCompare(b.name),
  );
}
