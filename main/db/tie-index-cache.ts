import type { TieIndex } from '../analysis/tie-index';
import { importsSignature } from './imports-signature';
import type { Db } from './sqlite';
import { loadTieIndex } from './tie-index-repo';

const DAY_MS = 86_400_000;

/**
 * One workspace's tie index, loaded on first use and kept while the workspace is open. Follows,
 * posts and likes only change through imports and their removal, which always add or delete a
 * row of `sources`: so the index is reloaded when that table changes, and once a day, since
 * interaction weights decay with age.
 */
export class TieIndexCache {
  private cached: { key: string; index: TieIndex } | null = null;
  private readonly signature;

  constructor(
    private readonly db: Db,
    private readonly clock: () => number = Date.now,
  ) {
    this.signature = importsSignature(db);
  }

  /** Whether the index is in memory and current (the app loads it ahead, in quiet moments). */
  isLoaded(): boolean {
    return this.cached?.key === this.key(this.clock());
  }

  private key(now: number): string {
    return `${this.signature()}@${Math.floor(now / DAY_MS)}`;
  }

  /** Drops the index: follows changed without an import (two accounts merged into one). */
  forget(): void {
    this.cached = null;
  }

  get(): TieIndex {
    const now = this.clock();
    const key = this.key(now);
    if (this.cached?.key !== key) this.cached = { key, index: loadTieIndex(this.db, now) };
    return this.cached.index;
  }
}
