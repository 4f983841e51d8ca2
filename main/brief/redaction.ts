import { fold, stopWords } from '../analysis/stopwords';

import type { RedactedAccount, RedactedPerson } from '../db/brief-repo';

export type { RedactedAccount, RedactedPerson };

/** "A", "B", … "Z", "AA", "AB", …: short neutral labels in the order people were chosen. */
function letters(index: number): string {
  let label = '';
  for (let n = index; n >= 0; n = Math.floor(n / 26) - 1) label = String.fromCharCode(65 + (n % 26)) + label;
  return label;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const key = (text: string) => fold(text).replace(/\s+/g, ' ').trim();

/**
 * Replaces chosen people and accounts by neutral labels ("Person A", "Account B") in every text
 * the brief prints. Besides full names and handles it also replaces each word of a name (notes
 * say "Dana", term lists say "lee"), unless the word is a common one.
 */
export class Redactor {
  private readonly accountLabels = new Map<number, string>();
  private readonly personLabels = new Map<number, string>();
  private readonly labelOf = new Map<string, string>();
  private readonly pattern: RegExp | null;

  static none(): Redactor {
    return new Redactor([], []);
  }

  constructor(accounts: RedactedAccount[], people: RedactedPerson[]) {
    people.forEach((person, index) => {
      const label = `Person ${letters(index)}`;
      this.personLabels.set(person.id, label);
      this.addName(person.name, label);
    });
    const allAccounts = [...accounts, ...people.flatMap((p) => p.accounts)];
    for (const account of allAccounts) {
      if (this.accountLabels.has(account.id)) continue;
      const label = `Account ${letters(this.accountLabels.size)}`;
      this.accountLabels.set(account.id, label);
      if (account.handle) {
        const handle = account.handle.replace(/^@/, '');
        this.addTerm(`@${handle}`, label);
        this.addTerm(handle, label);
      }
      if (account.name) this.addName(account.name, label);
    }
    const terms = [...this.labelOf.keys()].sort((a, b) => b.length - a.length);
    this.pattern = terms.length
      ? new RegExp(
          `(?<![\\p{L}\\p{N}_])(?:${terms.map((t) => escape(t).replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{N}_])`,
          'giu',
        )
      : null;
  }

  private addTerm(term: string, label: string): void {
    const trimmed = term.trim();
    if (trimmed.length < 2) return;
    for (const variant of new Set([trimmed.toLowerCase().replace(/\s+/g, ' '), key(trimmed)])) {
      if (!this.labelOf.has(variant)) this.labelOf.set(variant, label);
    }
  }

  private addName(name: string, label: string): void {
    this.addTerm(name, label);
    const words = name.trim().split(/[\s,.()]+/);
    if (words.length < 2) return;
    for (const word of words) {
      if (word.length >= 3 && !stopWords().has(key(word))) this.addTerm(word, label);
    }
  }

  get active(): boolean {
    return this.pattern !== null;
  }

  isAccountRedacted(id: number): boolean {
    return this.accountLabels.has(id);
  }

  accountLabel(id: number): string | undefined {
    return this.accountLabels.get(id);
  }

  personLabel(id: number): string | undefined {
    return this.personLabels.get(id);
  }

  text(text: string): string {
    if (!this.pattern) return text;
    return text.replace(this.pattern, (match) => {
      const normal = match.toLowerCase().replace(/\s+/g, ' ');
      return this.labelOf.get(normal) ?? this.labelOf.get(key(match)) ?? 'Redacted';
    });
  }

  /** A link that would reveal a redacted person (a profile URL) is dropped; its text stays. */
  url(url: string): string | null {
    if (!this.pattern) return url;
    let decoded = url;
    try {
      decoded = decodeURIComponent(url);
    } catch {
      /* a malformed escape: check the URL as written */
    }
    return this.text(decoded) === decoded ? url : null;
  }
}
