import { handleSpellings, nameKeys, parsePersonName } from './person-name';
import { emailsIn, handleLetters, handlesIn, linkedInProfiles } from './stated';
import type { AccountFacts, ContactFacts } from './types';

/**
 * Lookup keys: a contact and an account that scoreMatch could find alike share at least one, so
 * the workspace can find candidates with an index instead of comparing every pair: names as
 * nameKeys makes them, handles `h:letters`, stated identifiers `li:` and `e:`. A contact's `@:handle`
 * (a handle their position names) meets the account's handle itself, which has its own index.
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
  // The handle stands in for the name only where the name has no surname to key by ("Dan O.", "🌱").
  // Most accounts have one: their handle is then not folded at all (a third of the time keying took).
  const noSurname = !name || name.others.every((word) => word.length < 2);
  const letters = noSurname ? handleLetters(account.handle) : '';
  if (letters.length >= 6) keys.add(`h:${letters}`);
  const text = `${account.bio ?? ''} ${account.url ?? ''}`;
  if (text.includes('linkedin.com/')) for (const profile of linkedInProfiles(text)) keys.add(`li:${profile}`);
  if (account.bio?.includes('@')) for (const email of emailsIn(account.bio)) keys.add(`e:${email}`);
  return [...keys];
}
