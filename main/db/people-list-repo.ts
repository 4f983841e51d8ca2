import type { PersonDto, PersonPage, PersonSummaryDto, Relationship } from '../../common/dto';
import { foldText } from '../analysis/person-match/fold';
import type { Db } from './sqlite';

export interface PeopleQuery {
  /** Words that must each appear in the name, company, position or e-mail. */
  search: string;
  relationship?: Relationship;
  offset: number;
  limit: number;
}

type PersonDetail = Omit<PersonDto, 'facts' | 'links'>;

// Folded as the matcher folds names, so "jose alvarez" finds José Álvarez.
const haystack = `(p.display_name || ' ' || coalesce(p.company, '') || ' ' || coalesce(p.position, '')
  || ' ' || coalesce(p.email, ''))`;
const MAX_WORDS = 8;

/** The People list and a person's details: search, filter and page over the user's contacts. */
export class PeopleListRepo {
  private readonly detailStmt;
  private readonly sourcesStmt;

  constructor(private readonly db: Db) {
    // One call per row for all the words: the row's text is folded once.
    db.function('people_has_words', { deterministic: true }, (text, words) => {
      const folded = foldText(String(text ?? ''));
      return String(words)
        .split(' ')
        .every((word) => folded.includes(word))
        ? 1
        : 0;
    });
    this.detailStmt = db.prepare<[number], Omit<PersonDetail, 'sources'>>(
      `SELECT id, display_name AS displayName, company, position, email, relationship,
              substr(connected_on, 1, 10) AS connectedOn, location, profile_url AS profileUrl
       FROM people WHERE id = ?`,
    );
    this.sourcesStmt = db.prepare<[number], PersonDetail['sources'][number]>(
      `SELECT s.id, s.file_name AS fileName, s.format, s.imported_at AS importedAt
       FROM person_sources ps JOIN sources s ON s.id = ps.source_id
       WHERE ps.person_id = ? ORDER BY s.id`,
    );
  }

  /** A page of contacts by name; folding every row for a search is milliseconds at 5,000 people. */
  page({ search, relationship, offset, limit }: PeopleQuery): PersonPage {
    const words = foldText(search).split(' ').filter(Boolean).slice(0, MAX_WORDS);
    const conditions = words.length ? [`people_has_words(${haystack}, @words)`] : [];
    if (relationship) conditions.push('p.relationship = @relationship');
    const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
    const filter: Record<string, string> = {};
    if (words.length) filter.words = words.join(' ');
    if (relationship) filter.relationship = relationship;

    const count = this.db.prepare(`SELECT count(*) FROM people p ${where}`).pluck();
    const total = Number(conditions.length ? count.get(filter) : count.get());
    // The page's ids first (on the name index), then the linked accounts for those rows only.
    const rows = this.db
      .prepare<[object], Omit<PersonSummaryDto, 'accounts'> & { accounts: string | null }>(
        `SELECT p.id, p.display_name AS displayName, p.company, p.position, p.email, p.relationship,
                (SELECT group_concat('@' || a.handle, char(31)) FROM person_accounts pa
                   JOIN accounts a ON a.id = pa.account_id
                 WHERE pa.person_id = p.id AND pa.status = 'confirmed' AND a.handle IS NOT NULL) AS accounts,
                (SELECT count(*) FROM person_accounts pa
                 WHERE pa.person_id = p.id AND pa.status = 'suggested') AS suggestions
         FROM (SELECT p.id FROM people p ${where}
               ORDER BY p.display_name COLLATE NOCASE, p.id LIMIT @limit OFFSET @offset) page
         JOIN people p ON p.id = page.id
         ORDER BY p.display_name COLLATE NOCASE, p.id`,
      )
      .all({ ...filter, offset, limit });
    return { total, rows: rows.map((row) => ({ ...row, accounts: row.accounts?.split('\u001f') ?? [] })) };
  }

  /** The person and the imports that name them, without facts and links (their own repositories). */
  detail(personId: number): PersonDetail | undefined {
    const person = this.detailStmt.get(personId);
    return person && { ...person, sources: this.sourcesStmt.all(personId) };
  }
}
