import { createWriteStream, mkdirSync, rmSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { dirname, join, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';

/** Largest single dropped file browser mode accepts (real X archives reach a few GB). */
export const MAX_UPLOAD_BYTES = 8 * 1024 ** 3;

/**
 * Browser mode cannot see the paths of dropped files, so the page streams each one here and the
 * import reads the copy. Files land in <dataDir>/uploads/<batch>/<relative path>.
 */
export class UploadStore {
  readonly root: string;

  constructor(dataDir: string) {
    this.root = join(dataDir, 'uploads');
    // Copies from an earlier run are leftovers: imports read them once, at the time of the drop.
    rmSync(this.root, { recursive: true, force: true });
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
    const base = join(this.root, batch);
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
    await pipeline(request, createWriteStream(file));
    const top = relativePath.split('/').filter(Boolean)[0]!;
    return join(this.root, batch, top);
  }

  discard(batch: string): void {
    if (/^[A-Za-z0-9_-]{1,64}$/.test(batch)) rmSync(join(this.root, batch), { recursive: true, force: true });
  }
}
