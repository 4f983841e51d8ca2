import type { MethodName } from '../../common/api';
import { statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { WorkspaceInfo } from '../../common/dto';
import { AppError } from '../../common/errors';
import { workspaceName } from '../../common/workspace-name';
import type { Db } from '../db/sqlite';
import { createWorkspaceFile, fileIdentity, openWorkspaceFile, sameFile } from '../db/workspace-file';
import type { WorkspaceKey } from '../db/workspace-cipher';
import { workspaceMissing } from '../db/sqlite-errors';
import { schemaVersion } from '../db/migrate';
import type { RecentWorkspaces } from '../prefs/recent-workspaces';
import type { EventBus } from './events';
import { OpenWorkspace } from './open-workspace';

export { OpenWorkspace };

/** How long the app must have been idle before the tie index loads in the background. */
const WARM_AFTER_IDLE_MS = 1_500;

/** One host has at most one workspace open, like one window of a desktop app. */
export class WorkspaceSession {
  private current: OpenWorkspace | null = null;
  /** An import holds the workspace's write transaction; one at a time, and no switching meanwhile. */
  private busyWith: string | null = null;

  constructor(
    private readonly recent: RecentWorkspaces,
    private readonly events: EventBus,
    private readonly appVersion: string,
    /** The CLI opens workspaces without adding them to the start screen's recent list. */
    private readonly rememberRecent = true,
    /** Load the tie index in quiet moments after opening and importing (the app; not the CLI). */
    private readonly warmTies = false,
  ) {}

  /** With a key, the new workspace is encrypted (main/workspace/encryption.ts derives it). */
  create(path: string, key?: WorkspaceKey): WorkspaceInfo {
    this.assertIdle();
    const absolute = resolve(path);
    const db = createWorkspaceFile(absolute, this.appVersion, key ? { key } : {});
    return this.adopt(absolute, db, key);
  }

  open(path: string, key?: WorkspaceKey): WorkspaceInfo {
    this.assertIdle();
    const absolute = resolve(path);
    // The same path again is the open workspace, unless another file has taken its place.
    if (this.current?.path === absolute && sameFile(this.current.identity, fileIdentity(absolute))) {
      return this.info(this.current);
    }
    const db = openWorkspaceFile(absolute, key ? { key } : {});
    return this.adopt(absolute, db, key);
  }

  /**
   * Closes the open workspace, lets `swap` change its file on disk (an encrypted copy put in its
   * place), and opens it again with `key`. If the swap fails, the file as it was opens again.
   */
  reopenAfter(swap: () => void, key: WorkspaceKey | null): WorkspaceInfo {
    const workspace = this.require();
    this.assertIdle();
    workspace.db.close();
    this.current = null;
    try {
      swap();
    } catch (error) {
      this.adopt(
        workspace.path,
        openWorkspaceFile(workspace.path, workspace.key ? { key: workspace.key } : {}),
        workspace.key ?? undefined,
      );
      throw error;
    }
    const db = openWorkspaceFile(workspace.path, key ? { key } : {});
    return this.adopt(workspace.path, db, key ?? undefined);
  }

  /** Runs long write work (an import) with the workspace held open and to itself. */
  async exclusive<T>(what: string, work: (workspace: OpenWorkspace) => Promise<T>): Promise<T> {
    const workspace = this.require();
    this.assertIdle();
    this.busyWith = what;
    try {
      return await work(workspace);
    } finally {
      this.busyWith = null;
    }
  }

  private assertIdle(): void {
    if (this.busyWith) {
      throw new AppError('WORKSPACE_BUSY', `Wait for ${this.busyWith} to finish, or cancel it.`);
    }
  }

  close(): void {
    if (!this.current) return;
    this.assertIdle();
    this.current.db.close();
    this.current = null;
    this.events.emit('workspace.changed', { workspace: null });
  }

  /** The open workspace, or NO_WORKSPACE for calls that need one. */
  require(): OpenWorkspace {
    if (!this.current) throw new AppError('NO_WORKSPACE', 'Open or create a workspace first.');
    return this.current;
  }

  /**
   * Throws WORKSPACE_MISSING once the open file was moved, deleted or replaced: SQLite would go on
   * writing to the file it holds open, which nobody would see again. (The dispatcher makes the
   * same check before every call that writes; an import checks again before it saves.)
   */
  assertWritable(): OpenWorkspace {
    const workspace = this.require();
    if (!sameFile(workspace.identity, fileIdentity(workspace.path))) {
      throw workspaceMissing(basename(workspace.path));
    }
    return workspace;
  }

  /** Called by the dispatcher after every call, so the open workspace's revision can follow writes. */
  settled(method: MethodName): void {
    this.current?.revision.settle(method);
    this.lastCallAt = Date.now();
    // An import or a removal makes the tie index stale: load it again once things are quiet.
    if (method === 'import.run' || method === 'import.remove') this.warmTiesLater();
  }

  private lastCallAt = 0;

  /**
   * Loads the open workspace's tie index (follows and interactions in memory) when the app has
   * been idle for a moment, so the first graph or path search does not wait for it (about a
   * second at a million follows). It runs on this thread: it waits for a pause in calls and
   * never runs during an import.
   */
  private warmTiesLater(delayMs = WARM_AFTER_IDLE_MS): void {
    const workspace = this.current;
    if (!workspace) return;
    setTimeout(() => {
      if (this.current !== workspace) return;
      const quietFor = Date.now() - this.lastCallAt;
      if (this.busyWith || quietFor < WARM_AFTER_IDLE_MS) {
        this.warmTiesLater(Math.max(100, WARM_AFTER_IDLE_MS - quietFor));
        return;
      }
      workspace.ties.get();
    }, delayMs).unref();
  }

  currentInfo(): WorkspaceInfo | null {
    return this.current ? this.info(this.current) : null;
  }

  private adopt(path: string, db: Db, key?: WorkspaceKey): WorkspaceInfo {
    // Only now that the new file is safely open do we let go of the previous one.
    if (this.current) this.current.db.close();
    this.current = new OpenWorkspace(path, db, key ?? null);
    if (this.rememberRecent) this.recent.touch(path);
    if (this.warmTies) this.warmTiesLater();
    const info = this.info(this.current);
    this.events.emit('workspace.changed', { workspace: info });
    return info;
  }

  private info(workspace: OpenWorkspace): WorkspaceInfo {
    let sizeBytes = 0;
    for (const suffix of ['', '-wal']) {
      try {
        sizeBytes += statSync(workspace.path + suffix).size;
      } catch {
        /* no WAL file at the moment */
      }
    }
    return {
      path: workspace.path,
      name: workspaceName(workspace.path),
      schemaVersion: schemaVersion(workspace.db),
      createdAt: workspace.meta.get('created_at') ?? '',
      sizeBytes,
      encrypted: workspace.key !== null,
    };
  }
}
