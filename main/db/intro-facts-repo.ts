import type { Db } from './sqlite';

/** Where the facts an introduction states come from, for the draft to name them. */
export class IntroFactsRepo {
  private readonly followFilesStmt;

  constructor(db: Db) {
    this.followFilesStmt = db
      .prepare<[number, number], string>(
        `SELECT s.file_name FROM follow_sources fs JOIN sources s ON s.id = fs.source_id
         WHERE fs.follower_id = ? AND fs.followee_id = ? ORDER BY s.id`,
      )
      .pluck();
  }

  /** The files of the imports that hold this follow, oldest first. */
  followFiles(followerId: number, followeeId: number): string[] {
    return this.followFilesStmt.all(followerId, followeeId);
  }
}
