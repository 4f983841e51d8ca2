import { foldText, nameSpelling } from './fold';
import { remembered } from './memo';
import { areNicknames, nameForms } from './nicknames';

/** A name cut into folded words: the given name first, then the rest (middle names, surnames). */
export interface PersonName {
  /** As written, folded: for showing. */
  words: string[];
  /** Spelled one way (nameSpelling): for comparing. */
  tokens: string[];
  given: string;
  /** Every word after the given name: any of them may be the surname ("Álvarez García"). */
  others: string[];
}

const TITLES = new Set([
  'dr',
  'mr',
  'mrs',
  'ms',
  'miss',
  'prof',
  'sir',
  'dra',
  'sr',
  'sra',
  'herr',
  'frau',
  'mme',
  'mlle',
]);
const SUFFIXES = new Set([
  'phd',
  'mba',
  'md',
  'jr',
  'ii',
  'iii',
  'iv',
  'cpa',
  'pmp',
  'msc',
  'bsc',
  'esq',
  'cfa',
  'dds',
]);
const PARTICLES = new Set([
  'de',
  'del',
  'la',
  'las',
  'los',
  'van',
  'von',
  'der',
  'den',
  'da',
  'das',
  'do',
  'dos',
  'di',
  'du',
  'le',
  'y',
  'zu',
  'ten',
  'ter',
]);

/**
 * Reads a display name as people write them on profiles: "Dr. José Álvarez, PhD",
 * "Jose Alvarez | Acme", "Álvarez, José", "José Álvarez 🚀". Undefined for one word or none:
 * a single word is not enough to tell a person by.
 */
export function parsePersonName(raw: string | null | undefined): PersonName | undefined {
  return raw ? parseRemembered(raw) : undefined;
}

const parseRemembered = remembered((raw: string): PersonName | undefined => {
  // What follows a separator is a tagline, not the name.
  let text = raw.replace(/[([{].*?[)\]}]/g, ' ').split(/\s[-–—|·•:]\s|[|·•/–—]/)[0]!;
  const parts = text.split(',').filter((part) => !isSuffixOnly(part));
  if (parts.length === 2 && words(parts[0]!) <= 2 && words(parts[1]!) <= 2) {
    text = `${parts[1]} ${parts[0]}`; // "Álvarez, José"
  } else {
    text = parts[0] ?? '';
  }
  let tokens = foldText(text)
    .split(' ')
    .filter((t) => t && !/^\d+$/.test(t));
  while (tokens.length > 2 && TITLES.has(tokens[0]!)) tokens = tokens.slice(1);
  tokens = tokens.filter((t, i) => i < 2 || !SUFFIXES.has(t));
  const withoutParticles = tokens.filter((t) => !PARTICLES.has(t));
  if (withoutParticles.length >= 2) tokens = withoutParticles;
  if (tokens.length < 2) return undefined;
  const spelled = tokens.map(nameSpelling);
  return { words: tokens, tokens: spelled, given: spelled[0]!, others: spelled.slice(1) };
});

function words(text: string): number {
  return foldText(text).split(' ').filter(Boolean).length;
}

function isSuffixOnly(part: string): boolean {
  const folded = foldText(part).split(' ').filter(Boolean);
  return folded.length > 0 && folded.every((t) => SUFFIXES.has(t));
}

/** How two names agree, best first; undefined when they do not. */
export type NameAgreement = 'same' | 'fuller' | 'nickname' | 'initial';

export function compareNames(a: PersonName, b: PersonName): NameAgreement | undefined {
  const same = (x: string[], y: string[]) => x.length === y.length && x.every((t, i) => t === y[i]);
  if (same(a.tokens, b.tokens)) return 'same';
  if (a.tokens.length === 2 && same(a.tokens, [...b.tokens].reverse())) return 'same';
  const surnameAgrees = b.others.includes(a.others.at(-1)!) || a.others.includes(b.others.at(-1)!);
  if (!surnameAgrees) return undefined;
  if (a.given === b.given) return 'fuller';
  if (areNicknames(a.given, b.given)) return 'nickname';
  const initial = (x: string, y: string) => x.length === 1 && y.length > 1 && y.startsWith(x);
  if (initial(a.given, b.given) || initial(b.given, a.given)) return 'initial';
  return undefined;
}

/**
 * Lookup keys for a name, one side's: a contact's keys meet an account's whenever compareNames
 * could accept the pair. A first name gives `n:surname:name`, a contact's also one for every known
 * form of it. An initial meets full names through keys only the other side makes (`x:` a
 * contact's full name and an account's initial, `y:` the reverse), so that "J. Smith" meets every
 * "John Smith" but John Smith does not meet every Jane Smith. Accounts are many and contacts
 * few, so the variants (short forms, the other word order) are on the contact's side.
 */
export function nameKeys(name: PersonName, side: 'contact' | 'account'): string[] {
  const keys = new Set<string>();
  const initial = name.given.length === 1;
  for (const surname of name.others) {
    if (surname.length < 2) continue;
    if (initial) {
      keys.add(`${side === 'account' ? 'x' : 'y'}:${surname}:${name.given}`);
      keys.add(`t:${surname}:${name.given}`); // an initial on both sides
      continue;
    }
    // Short forms on the contact's side only: meeting the account's own first name is enough.
    const forms = side === 'contact' ? nameForms(name.given) : [name.given];
    for (const form of forms) keys.add(`n:${surname}:${form}`);
    keys.add(`${side === 'contact' ? 'x' : 'y'}:${surname}:${name.given[0]}`);
  }
  // "J. Álvarez" and "Álvarez J.": two words, one an initial, in either order on either side.
  if (name.tokens.length === 2 && name.tokens.some((t) => t.length === 1)) {
    keys.add(`t:${[...name.tokens].sort().join(':')}`);
  }
  // "Zhang Wei" for "Wei Zhang": the contact's side also reads a two-word name the other way round.
  if (side === 'contact' && name.tokens.length === 2 && !initial)
    keys.add(`n:${name.tokens[0]}:${name.tokens[1]}`);
  return [...keys];
}

/** The ways a person's handle may spell their name: "josealvarez", "jalvarez", "alvarezjose". */
export function handleSpellings(name: PersonName): string[] {
  return spellingsOf(name.tokens.join(' '));
}

const spellingsOf = remembered((joined: string): string[] => {
  const tokens = joined.split(' ');
  const name = { given: tokens[0]!, others: tokens.slice(1) };
  const surname = name.others.at(-1)!;
  const spellings = new Set<string>();
  for (const given of nameForms(name.given)) {
    spellings.add(`${given}${surname}`);
    spellings.add(`${surname}${given}`);
  }
  spellings.add(`${name.given[0]}${surname}`);
  if (name.others.length > 1) spellings.add(`${name.given}${name.others.join('')}`);
  return [...spellings].filter((s) => s.length >= 6);
});
