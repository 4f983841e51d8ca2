import { handleSpellings, nameKeys, parsePersonName } from './person-name';
import { emailsIn, handleLetters, handlesIn, linkedInProfiles } from './stated';
import type { AccountFacts, ContactFacts } from './types';

/**
 * Lookup keys: a contact and an account that scoreMatch could find alike share at least one, so
 * the workspace can find candidates with an index instead of comparing every pair: names as
 * nameKeys makes them, handles `h:letters`, stated identifiers `li:`, `e:` and `@:`.
 */
export function contactKeys(contact: ContactFacts): string[] {
  const keys = new Set<string>();
  const name = parsePersonName(contact.name);
  if (name) {
    for (const key of nameKeys(name, 'contact')) keys.add(key);
    for (const spelling of handleSpellings(name)) keys.add(`h:${spelling}`);
  }
  for (const profile of linkedInProfiles(contact.profileUrl)) keys.add(`li:${profile}`);
  if (contact.email) keys.add(`e:${contact.email.toLowerCase()}`);
  for (const handle of handlesIn(`${contact.position ?? ''} ${contact.company ?? ''}`))
    keys.add(`@:${handle}`);
  return [...keys];
}

export function accountKeys(account: Omit<AccountFacts, 'id' | 'network'>): string[] {
  const keys = new Set<string>();
  const name = parsePersonName(account.name);
  if (name) for (const key of nameKeys(name, 'account')) keys.add(key);
  const letters = handleLetters(account.handle);
  if (letters.length >= 6) keys.add(`h:${letters}`);
  if (account.handle) keys.add(`@:${account.handle.toLowerCase()}`);
  const text = `${account.bio ?? ''} ${account.url ?? ''}`;
  for (const profile of linkedInProfiles(text)) keys.add(`li:${profile}`);
  for (const email of emailsIn(account.bio)) keys.add(`e:${email}`);
  return [...keys];
}
