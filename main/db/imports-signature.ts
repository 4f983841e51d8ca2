import type { Db } from './sqlite';

/**
 * Changes whenever an import is added or removed. Accounts, follows, posts and likes only change
 * that way, so anything computed from them alone can be kept until this changes. The newest
 * import time is part of it because SQLite gives a removed import's id to the next one.
 */
export function importsSignature(db: Db): () => string {
  const statement = db
    .prepare<[], string>(
      "SELECT count(*) || ':' || coalesce(max(id), 0) || ':' || coalesce(max(imported_at), '') FROM sources",
    )
    .pluck();
  return () => statement.get()!;
}
