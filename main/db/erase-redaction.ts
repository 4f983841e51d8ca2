import type { EraseCounts, EraseChoices, NoteMention } from './erase-repo';
import { likePatterns, redactor, type ErasedTerms } from './erase-text';
import type { Db } from './sqlite';

/** A column of free text that may name someone, with the key that finds its row again. */
interface TextPlace {
  table: string;
  column: string;
  key: string[];
}

// Text others wrote or imports stated: always redacted, since no byte of them may stay.
const importedText: TextPlace[] = [
  { table: 'posts', column: 'text', key: ['id'] },
  { table: 'post_links', column: 'url', key: ['post_id', 'url'] },
  { table: 'accounts', column: 'bio', key: ['id'] },
  { table: 'account_sources', column: 'profile_json', key: ['account_id', 'source_id'] },
  { table: 'sources', column: 'file_name', key: ['id'] },
  { table: 'sources', column: 'path', key: ['id'] },
  { table: 'sources', column: 'options_json', key: ['id'] },
  { table: 'sources', column: 'summary_json', key: ['id'] },
  { table: 'person_merges', column: 'other_name', key: ['id'] },
  { table: 'person_merges', column: 'before_json', key: ['id'] },
  { table: 'messages', column: 'subject', key: ['id'] },
  { table: 'meetings', column: 'title', key: ['id'] },
  { table: 'correspondents', column: 'display_name', key: ['id'] },
];
// What the user wrote: redacted only when the user chooses so.
const userText: TextPlace[] = [
  { table: 'notes', column: 'body', key: ['id'] },
  { table: 'person_facts', column: 'did', key: ['person_key'] },
  { table: 'person_facts', column: 'says', key: ['person_key'] },
];

/**
 * Their handle and name in text that stays: other people's words and what imports stated are
 * redacted; the user's own (notes, facts) as the user chooses. Also finds the notes that mention
 * them and deletes rows a name makes a record of them (saved searches, keyword rules). `passOver`
 * says which rows a preview counts as erased already.
 */
export class EraseRedaction {
  constructor(
    private readonly db: Db,
    private readonly passOver: (table: string, row: Record<string, unknown>) => boolean,
  ) {}

  notesMentioning(terms: ErasedTerms, exceptAccountId: number | null): NoteMention[] {
    const redact = redactor(terms);
    const found: NoteMention[] = [];
    for (const pattern of likePatterns(terms)) {
      const rows = this.db
        .prepare<[string, number], { accountId: number; handle: string | null; body: string }>(
          `SELECT p.account_id AS accountId, a.handle, n.body FROM notes n
           JOIN prospects p ON p.id = n.prospect_id JOIN accounts a ON a.id = p.account_id
           WHERE n.body LIKE ? ESCAPE '\\' AND p.account_id IS NOT ?`,
        )
        .all(pattern, exceptAccountId ?? -1);
      for (const row of rows) {
        if (found.some((f) => f.accountId === row.accountId) || redact(row.body) === row.body) continue;
        found.push({ accountId: row.accountId, handle: row.handle, excerpt: excerpt(row.body, redact) });
      }
    }
    return found;
  }

  deleteMatching(table: string, column: string, terms: ErasedTerms): number {
    const redact = redactor(terms);
    let deleted = 0;
    for (const pattern of likePatterns(terms)) {
      const rows = this.db
        .prepare(`SELECT rowid AS id, ${column} AS text FROM ${table} WHERE ${column} LIKE ? ESCAPE '\\'`)
        .all(pattern) as { id: number; text: string }[];
      for (const row of rows) {
        if (redact(row.text) !== row.text)
          deleted += this.db.prepare(`DELETE FROM ${table} WHERE rowid = ?`).run(row.id).changes;
      }
    }
    return deleted;
  }

  redactEverywhere(terms: ErasedTerms, choices: EraseChoices, counts: EraseCounts): void {
    counts.mentions += this.redactIn(importedText, terms);
    const noteRows = this.redactIn(userText.slice(0, 1), terms, choices.notes === 'keep');
    counts.notesMentioning += noteRows;
    if (choices.notes === 'redact') {
      counts.notesRedacted += noteRows;
      counts.personFacts += this.redactIn(userText.slice(1), terms);
    }
  }

  /** Redacts the terms in each place; returns how many rows named them. */
  private redactIn(places: TextPlace[], terms: ErasedTerms, countOnly = false): number {
    const redact = redactor(terms);
    const patterns = likePatterns(terms);
    let rows = 0;
    for (const place of places) {
      const where = patterns.map(() => `${place.column} LIKE ? ESCAPE '\\'`).join(' OR ');
      if (!where) continue;
      const keys = place.key.join(', ');
      const found = this.db
        .prepare(`SELECT ${keys}, ${place.column} AS text FROM ${place.table} WHERE ${where}`)
        .all(...patterns) as Record<string, unknown>[];
      const update = this.db.prepare(
        `UPDATE OR REPLACE ${place.table} SET ${place.column} = ? WHERE ${place.key.map((k) => `${k} = ?`).join(' AND ')}`,
      );
      for (const row of found) {
        if (this.passOver(place.table, row)) continue;
        const text = row.text as string;
        const redacted = redact(text);
        if (redacted === text) continue;
        rows += 1;
        if (!countOnly) update.run(redacted, ...place.key.map((k) => row[k]));
      }
    }
    return rows;
  }
}

/** The note's words around the first mention, with the mention shown redacted. */
function excerpt(body: string, redact: (text: string) => string): string {
  const redacted = redact(body);
  let at = 0;
  while (at < body.length && body[at] === redacted[at]) at += 1;
  const start = Math.max(0, at - 40);
  return `${start > 0 ? '…' : ''}${redacted.slice(start, at + 60).replace(/\s+/g, ' ')}${at + 60 < redacted.length ? '…' : ''}`;
}
