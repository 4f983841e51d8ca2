import type { Db } from '../db/sqlite';
import { TiesRepo } from '../db/ties-repo';
import type { RelationshipRecord } from '../importers/relationship-records';

/** Writes a colleague's relationship file (migration 013) and counts what it kept, for the import's report. */
export class ColleagueWriter {
  private readonly repo: TiesRepo;
  colleagueName: string | null = null;
  people = 0;

  constructor(
    db: Db,
    private readonly sourceId: number,
  ) {
    this.repo = new TiesRepo(db);
  }

  write(record: RelationshipRecord): void {
    if (record.type === 'colleague-network') {
      this.colleagueName = record.colleagueName;
      this.repo.addColleagueNetwork(this.sourceId, record, []);
      return;
    }
    this.repo.addColleagueTie(this.sourceId, record);
    this.people += 1;
  }

  /** "Bob Stone’s relationships: 120 people, names and how well Bob knows them; no mail." */
  keptSentence(): string {
    const name = this.colleagueName ?? 'A colleague';
    return `${name}’s relationships: ${this.people} ${this.people === 1 ? 'person' : 'people'}, their names, addresses and handles and how well ${name} knows them; no mail.`;
  }
}
