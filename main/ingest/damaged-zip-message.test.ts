import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../common/errors';
import { createWorkspaceFile } from '../db/workspace-file';
import { openInput } from '../importers/input';
import { useTempDir } from '../test-support/temp-dir';
import { writeZip } from '../test-support/test-files';
import { OpenWorkspace } from '../workspace/open-workspace';
import { detectImport } from './detect';

const tempDir = useTempDir();
const cutShort =
  'twitter-2020.zip is not a complete ZIP archive: it may have been cut short while downloading. Download it again.';

/** A ZIP cut in half, as a download that stopped leaves it, in a folder named like an upload's. */
async function truncatedZip(): Promise<{ path: string; folder: string }> {
  const folder = join(tempDir(), 'uploads', '4242-a1b2c3', 'batch-7');
  mkdirSync(folder, { recursive: true });
  const whole = await writeZip(folder, 'twitter-2020.zip', {
    'data/follower.js': `window.YTD.follower.part0 = ${JSON.stringify(
      Array.from({ length: 200 }, (_, i) => ({ follower: { accountId: String(i + 1) } })),
    )}`,
  });
  const bytes = readFileSync(whole);
  writeFileSync(whole, bytes.subarray(0, Math.floor(bytes.length / 2)));
  return { path: whole, folder };
}

describe('a ZIP cut short while downloading', () => {
  it('is refused in the user’s words, naming their file, the library’s words kept as detail', async () => {
    const { path } = await truncatedZip();
    const error = await openInput(path).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toBe(cutShort);
    expect((error as AppError).details?.detail).toMatch(/central directory/i);
  });

  it('shows in the Import dialog by its name only, never the folder it was uploaded to', async () => {
    const { path, folder } = await truncatedZip();
    const workspacePath = join(tempDir(), 'w.itrack');
    const workspace = new OpenWorkspace(workspacePath, createWorkspaceFile(workspacePath, 'Acme'));
    try {
      const item = await detectImport(workspace, path);
      expect(item.displayName).toBe('twitter-2020.zip');
      expect(item.error).toBe(cutShort);
      expect(item.errorDetail).toMatch(/central directory/i);
      expect(JSON.stringify({ ...item, path: '' })).not.toContain(folder);
      expect(JSON.stringify({ ...item, path: '' })).not.toContain('uploads');
    } finally {
      workspace.db.close();
    }
  });
});
