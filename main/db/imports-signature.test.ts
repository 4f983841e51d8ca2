import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SourcesRepo } from './sources-repo';
import { createWorkspaceFile } from './workspace-file';
import { importsSignature } from './imports-signature';
import { useTempDir } from '../test-support/temp-dir';

describe('importsSignature', () => {
  const tempDir = useTempDir();

  it('moves when an import is replaced by another that reuses its id', () => {
    const db = createWorkspaceFile(join(tempDir(), 'w.itrack'), 'test');
    const sources = new SourcesRepo(db);
    const source = (name: string) => ({
      fileName: name,
      origin: name,
      sha256: name,
      format: 'twarc2',
      optionsJson: '{}',
    });
    sources.insert(source('a'), '2026-01-01T00:00:00.000Z');
    const b = sources.insert(source('b'), '2026-01-02T00:00:00.000Z');
    const signature = importsSignature(db);
    const withB = signature();
    db.prepare('DELETE FROM sources WHERE id = ?').run(b);
    // SQLite hands the freed id to the next row (the table has no AUTOINCREMENT).
    const c = sources.insert(source('c'), '2026-01-03T00:00:00.000Z');
    expect(c).toBe(b);
    expect(signature()).not.toBe(withB);
    db.close();
  });
});
