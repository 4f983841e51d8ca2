import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const check = (...dirs: string[]) =>
  spawnSync(process.execPath, ['scripts/electronegativity.mjs', ...dirs], {
    encoding: 'utf8',
    timeout: 60_000,
  });

describe('the electronegativity check', () => {
  it('fails on an unexplained finding, naming it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'it-bad-shell-'));
    try {
      mkdirSync(dir, { recursive: true });
      writeFileSync(
        join(dir, 'window.ts'),
        "import { BrowserWindow } from 'electron';\n" +
          'export const w = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } });\n',
      );
      const result = check(dir);
      expect(result.status).toBe(1);
      expect(result.stdout).toMatch(/FINDING\s+CONTEXT_ISOLATION_JS_CHECK/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
