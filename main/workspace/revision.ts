import type { MethodName } from '../../common/api';
import type { Db } from '../db/sqlite';
import { changeCounter } from '../db/workspace-repo';

/**
 * A number that moves whenever an API call wrote to the workspace, notes excepted (they are
 * saved as the user types and feed no analysis). Caches of derived results (the classified
 * audience) key on it: any category, rule, competitor or link edit makes them recompute.
 */
export class WorkspaceRevision {
  private count = 0;
  /** Calls that wrote anything, notes included: what `workspace.revised` announcements follow. */
  private writeCount = 0;
  private seen: number;
  private readonly changes;

  constructor(db: Db) {
    this.changes = changeCounter(db);
    this.seen = this.changes();
  }

  get value(): number {
    return this.count;
  }

  get writes(): number {
    return this.writeCount;
  }

  /** After each call: rows written since the last one move the revision, unless by the notes. */
  settle(method: MethodName): void {
    const now = this.changes();
    if (now === this.seen) return;
    this.seen = now;
    this.writeCount += 1;
    if (!method.startsWith('notes.')) this.count += 1;
  }
}
