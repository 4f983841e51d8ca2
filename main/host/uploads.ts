import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync, rmSync } from 'node:fs';
import { rm, rmdir } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { dirname, join, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { removeLeftoverUploads } from './upload-leftovers';

/** Largest single dropped file browser mode accepts (real X archives reach a few GB). */
export const MAX_UPLOAD_BYTES = 8 * 1024 ** 3;

/**
 * Browser mode cannot see the paths of dropped files, so the page streams each one here and the
 * import reads the copy. Files land in <dataDir>/uploads/<pid>-<launch>/<batch>/<relative path>;
 * each copy is deleted when its import ends or its review is dismissed (`release`), the launch's
 * folder when the server stops, and folders of dead launches at the next start.
 */
export class UploadStore {
  readonly root: string;
  /** This launch's folder; the only one `release` deletes in. */
  readonly launchDir: string;

  constructor(dataDir: string) {
    this.root = join(dataDir, 'uploads');
    const folder = `${process.pid}-${randomBytes(4).toString('hex')}`;
    this.launchDir = join(this.root, folder);
    removeLeftoverUploads(this.root, folder);
  }

  /** Where a batch's top-level item lands; the renderer passes these paths to import.detect. */
  private target(batch: string, relativePath: string): string {
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(batch)) throw new Error('bad batch id');
    const parts = relativePath.split('/').filter((part) => part !== '' && part !== '.');
    if (
      parts.length === 0 ||
      parts.some((part) => part === '..' || part.includes('\\') || part.includes('\0'))
    ) {
      throw new Error('bad file name');
    }
    const base = join(this.launchDir, batch);
    const file = resolve(base, ...parts);
    if (!file.startsWith(base + sep)) throw new Error('bad file name');
    return file;
  }

  async receive(request: IncomingMessage, batch: string, relativePath: string): Promise<string> {
    const file = this.target(batch, relativePath);
    const declared = Number(request.headers['content-length'] ?? '0');
    if (declared > MAX_UPLOAD_BYTES) throw new Error('file too large');
    mkdirSync(dirname(file), { recursive: true });
    let received = 0;
    request.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received > MAX_UPLOAD_BYTES) request.destroy(new Error('file too large'));
    });
    try {
      await pipeline(request, createWriteStream(file));
    } catch (error) {
      await rm(file, { force: true });
      throw error;
    }
    const top = relativePath.split('/').filter(Boolean)[0]!;
    return join(this.launchDir, batch, top);
  }

  /** Whether `path` is a copy this launch made (never the folder itself, never anything outside). */
  owns(path: string): boolean {
    return resolve(path).startsWith(this.launchDir + sep);
  }

  /** Deletes the given copies; paths outside this launch's folder are left alone. */
  async release(paths: readonly string[]): Promise<void> {
    for (const path of paths) {
      if (path.includes('\0') || !this.owns(path)) continue;
      const resolved = resolve(path);
      await rm(resolved, { recursive: true, force: true });
      // The batch folder goes with its last item.
      for (
        let folder = dirname(resolved);
        folder.startsWith(this.launchDir + sep);
        folder = dirname(folder)
      ) {
        try {
          await rmdir(folder);
        } catch {
          break; // not empty
        }
      }
    }
  }

  /** The server is stopping: nothing of this launch is needed any more. */
  close(): void {
    rmSync(this.launchDir, { recursive: true, force: true });
  }
}
