import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import type { RecentWorkspace } from '../../common/dto';
import { workspaceName } from '../../common/workspace-name';
import { readJsonFile, writeJsonFile } from './json-file';

const MAX_RECENT = 20;
const storedSchema = z.array(z.object({ path: z.string(), lastOpenedAt: z.string() }));
type Stored = z.infer<typeof storedSchema>;

/** The start screen's recent list, kept in the app data folder (not in any workspace). */
export class RecentWorkspaces {
  private readonly file: string;
  constructor(dataDir: string) {
    this.file = join(dataDir, 'recent-workspaces.json');
  }

  private read(): Stored {
    return readJsonFile(this.file, storedSchema, []);
  }

  /** Whether each file is encrypted is the workspace layer's to tell (api/workspace.ts). */
  list(): Omit<RecentWorkspace, 'encrypted'>[] {
    return this.read().map(({ path, lastOpenedAt }) => {
      let sizeBytes: number | null = null;
      try {
        sizeBytes = statSync(path).size;
      } catch {
        /* gone since it was last opened: shown as missing */
      }
      return { path, name: workspaceName(path), lastOpenedAt, sizeBytes, exists: sizeBytes !== null };
    });
  }

  touch(path: string, when = new Date()): void {
    const absolute = resolve(path);
    const rest = this.read().filter((entry) => entry.path !== absolute);
    writeJsonFile(
      this.file,
      [{ path: absolute, lastOpenedAt: when.toISOString() }, ...rest].slice(0, MAX_RECENT),
    );
  }

  forget(path: string): void {
    const absolute = resolve(path);
    writeJsonFile(
      this.file,
      this.read().filter((entry) => entry.path !== absolute),
    );
  }
}
