import type { AccountKey, PersonRecord } from '../../records';
import { networkNames } from './social';

type PersonAccount = NonNullable<PersonRecord['accounts']>[number];

/** The accounts a contact record states, each once, with the first place it was stated. */
export class StatedAccounts {
  private readonly byKey = new Map<string, PersonAccount>();

  /** `kind` is "handle" or "profile URL"; `where` completes "X handle in …". */
  add(key: AccountKey | undefined, kind: string, where: string): void {
    if (!key) return;
    const id = `${key.network}\0${(key.id ?? '').toLowerCase()}\0${(key.handle ?? '').toLowerCase()}`;
    if (this.byKey.has(id)) return;
    this.byKey.set(id, {
      key,
      status: 'confirmed',
      evidence: `${networkNames[key.network]} ${kind} in ${where}`,
    });
  }

  list(): PersonAccount[] | undefined {
    return this.byKey.size ? [...this.byKey.values()] : undefined;
  }
}

function normalizeText(value: string): string {
  return value.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** A profile URL as a key: scheme, `www.`, query, fragment and a trailing slash do not matter. */
export function normalizeProfileUrl(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '');
}

/** What identifies a contact, strongest first. */
export interface PersonIdentity {
  email?: string;
  profileUrl?: string;
  name: string;
  company?: string;
}

/** Candidate source keys: the e-mail (lower-cased), the profile URL, then `name|company`. */
export function sourceKeyCandidates(identity: PersonIdentity): string[] {
  const keys: string[] = [];
  if (identity.email?.trim()) keys.push(identity.email.trim().toLowerCase());
  if (identity.profileUrl?.trim()) keys.push(normalizeProfileUrl(identity.profileUrl));
  keys.push(`${normalizeText(identity.name)}|${normalizeText(identity.company ?? '')}`);
  return keys;
}

/**
 * Hands out each contact's source key once per file. When two contacts share an e-mail (LinkedIn
 * exports that hide addresses write the same placeholder for all), the later one falls back to its
 * next key so that neither overwrites the other. A contact whose e-mail, URL, name and company all
 * repeat an earlier one's (or whose every key is taken) is a duplicate: the earlier one's place is returned.
 */
export class SourceKeys {
  private readonly taken = new Map<string, string>();
  private readonly identities = new Map<string, string>();

  claim(identity: PersonIdentity, where: string): { key: string } | { duplicateOf: string } {
    const candidates = sourceKeyCandidates(identity);
    const whole = candidates.join('\n');
    const same = this.identities.get(whole);
    if (same) return { duplicateOf: same };
    this.identities.set(whole, where);
    for (const key of candidates) {
      if (!this.taken.has(key)) {
        this.taken.set(key, where);
        return { key };
      }
    }
    return { duplicateOf: this.taken.get(candidates[candidates.length - 1]!) ?? where };
  }
}

/** A valid-looking e-mail address, trimmed and without `mailto:`; undefined otherwise. */
export function cleanEmail(value: string | undefined): string | undefined {
  const text = value?.trim().replace(/^mailto:/i, '');
  return text && /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/.test(text) ? text : undefined;
}

/** A field's text, trimmed and with runs of spaces collapsed; undefined when empty. */
export function cleanText(value: string | undefined): string | undefined {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : undefined;
}
