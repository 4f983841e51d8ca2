import type { Network, PersonRecord, Relationship, SkipRecord } from '../../records';
import { contactPerson } from '../contacts-shared/contact-person';
import { placeOf } from '../contacts-shared/location';
import { cleanEmail, cleanText, StatedAccounts, type SourceKeys } from '../contacts-shared/person';
import {
  accountFromHandle,
  accountFromUrl,
  accountKind,
  accountsInText,
  isLinkedInProfileUrl,
  networkFromLabel,
} from '../contacts-shared/social';
import type { Vcard } from './cards';
import { hasType, param, propertyText, type VcardProperty } from './property';

export interface CardContext {
  file: string;
  keys: SourceKeys;
  relationship?: Relationship;
}

/** The account a value names, trying a handle parameter first (`x-user=jdoe`), then the value itself. */
function accountOf(network: Network | undefined, values: (string | undefined)[]) {
  for (const value of values) {
    if (!value?.trim()) continue;
    // Apple writes social profiles as `x-apple:jdoe` or `xmpp:jdoe`: the handle follows the scheme.
    const text =
      /^(?!https?:)[a-z][a-z0-9+.-]*:(?!\/\/)/i.test(value) && network ? value.replace(/^[^:]+:/, '') : value;
    const key = network ? accountFromHandle(network, text) : accountFromUrl(text);
    if (key) return { key, kind: accountKind(text) };
  }
  return undefined;
}

const NETWORK_PARAMS = ['TYPE', 'SERVICE-TYPE', 'X-SERVICE-TYPE'];

/** The network a parameter names (`type=twitter`, 4.0's `SERVICE-TYPE=Mastodon`), and which one said it. */
function networkParam(property: VcardProperty): { network: Network; said: string } | undefined {
  for (const key of NETWORK_PARAMS) {
    for (const value of property.params.get(key) ?? []) {
      const network = networkFromLabel(value);
      if (network) return { network, said: `${key.toLowerCase()}=${value}` };
    }
  }
  return undefined;
}

function describe(property: VcardProperty, label: string | undefined): string {
  if (label) return `vCard ${property.name} labelled “${label}” (${property.group}.X-ABLabel)`;
  const said = networkParam(property)?.said;
  return `vCard ${property.name}${said ? ` (${said})` : ''}`;
}

function statedAccounts(card: Vcard, text: (p: VcardProperty) => string | undefined) {
  const accounts = new StatedAccounts();
  let profileUrl: string | undefined;
  let linkedInUrl: string | undefined;
  const labels = new Map<string, string>();
  for (const property of card.properties) {
    if (property.name === 'X-ABLABEL' && property.group && !labels.has(property.group)) {
      labels.set(property.group, (text(property) ?? '').replace(/^_\$!<(.*)>!\$_$/, '$1'));
    }
  }
  for (const property of card.properties) {
    const { name } = property;
    const label = property.group ? labels.get(property.group) : undefined;
    const labelNetwork = label ? networkFromLabel(label) : undefined;
    const value = text(property);
    let network: Network | undefined;
    let found: ReturnType<typeof accountOf>;
    if (name === 'NOTE') {
      for (const inNote of accountsInText(value ?? '')) accounts.add(inNote.key, inNote.kind, 'vCard NOTE');
      continue;
    } else if (name === 'X-SOCIALPROFILE' || name === 'SOCIALPROFILE' || name === 'IMPP') {
      network = labelNetwork ?? networkParam(property)?.network;
      const handle =
        param(property, 'X-USER') ?? param(property, 'USERNAME') ?? param(property, 'X-USERNAME');
      found = name === 'IMPP' && !network ? undefined : accountOf(network, [handle, value]);
    } else if (name === 'URL') {
      network = labelNetwork ?? networkParam(property)?.network;
      found = accountOf(network, [value]);
    } else if (/^X-[A-Z]+$/.test(name) && networkFromLabel(name.slice(2))) {
      network = networkFromLabel(name.slice(2)); // X-TWITTER, X-MASTODON, X-BLUESKY
      found = accountOf(network, [value]);
    } else if (labelNetwork && name !== 'X-ABLABEL') {
      network = labelNetwork; // any other value an Apple label names "Twitter"
      found = accountOf(network, [value]);
    }
    if (!found) {
      if (name === 'URL' && value && isLinkedInProfileUrl(value)) {
        profileUrl ??= value;
        linkedInUrl ??= value;
      }
      continue;
    }
    accounts.add(found.key, found.kind, describe(property, labelNetwork ? label : undefined));
    if (!profileUrl && found.kind === 'profile URL' && value) profileUrl = value;
  }
  return { accounts, profileUrl, linkedInUrl };
}

function preferredEmail(card: Vcard, text: (p: VcardProperty) => string | undefined): string | undefined {
  const emails = card.properties.filter((p) => p.name === 'EMAIL');
  const preferred = emails.filter((p) => hasType(p, 'pref') || param(p, 'PREF') === '1');
  for (const property of [...preferred, ...emails]) {
    const email = cleanEmail(text(property));
    if (email) return email;
  }
  return undefined;
}

/** The preferred address's locality, region and country, or the first address that has any. */
function cardLocation(card: Vcard): string | undefined {
  const addresses = card.properties.filter((p) => p.name === 'ADR');
  const preferred = addresses.filter((p) => hasType(p, 'pref') || param(p, 'PREF') === '1');
  for (const property of [...preferred, ...addresses]) {
    const [, , , locality, region, , country] = propertyText(property, card.version) ?? [];
    const place = placeOf([locality, region, country]);
    if (place) return place;
  }
  return undefined;
}

/** One card as a person, or why it was left out. */
export function personFromCard(
  card: Vcard,
  { file, keys, relationship }: CardContext,
): PersonRecord | SkipRecord {
  const where = `${file}, card ${card.number} (line ${card.line})`;
  const first = (name: string) => card.properties.find((p) => p.name === name);
  const text = (property: VcardProperty | undefined) =>
    property ? cleanText(propertyText(property, card.version)?.join(' ')) : undefined;
  const components = (property: VcardProperty | undefined) =>
    property ? (propertyText(property, card.version) ?? []).map((c) => cleanText(c)) : [];
  const [family, given, additional] = components(first('N'));
  const [organization] = components(first('ORG'));
  const email = preferredEmail(card, text);
  const displayName =
    text(first('FN')) ??
    cleanText([given, additional, family].filter(Boolean).join(' ')) ??
    text(first('NICKNAME')) ??
    organization ??
    email;
  if (!displayName) return { type: 'skip', reason: 'card without a name or e-mail', where };
  const { accounts, profileUrl, linkedInUrl } = statedAccounts(card, text);
  return contactPerson(
    {
      displayName,
      email,
      profileUrl,
      linkedInUrl,
      company: organization,
      position: text(first('TITLE')) ?? text(first('ROLE')),
      location: cardLocation(card),
      accounts,
    },
    { keys, kind: 'card', at: `card ${card.number}`, where, relationship },
  );
}
