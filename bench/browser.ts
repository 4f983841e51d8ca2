// Browser-mode timings for `npm run bench`: the web host started as `npm run web` starts it, and
// Debian's Chromium driving the built renderer. Nothing here is downloaded.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { projectRoot } from '../main/host/project-root';
import { RecentWorkspaces } from '../main/prefs/recent-workspaces';
import { startWebProcess, stopWebProcess } from '../main/test-support/web-process';

export const CHROMIUM = '/usr/bin/chromium';

/** Why the browser timings cannot run here, or null when they can. */
export function browserUnavailable(): string | null {
  if (!existsSync(CHROMIUM)) return `no Chromium at ${CHROMIUM} (apt-get install chromium)`;
  return null;
}

/** Builds the renderer and the web host from the current sources, as `npm run web` does. */
export function buildApp(): void {
  execFileSync(
    process.execPath,
    [join(projectRoot, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'],
    {
      cwd: projectRoot,
      stdio: 'ignore',
    },
  );
}

export interface StartTimings {
  /** Process start to the server printing its URL. */
  serverReadyMs: number;
  /** Process start to the start screen drawn in the browser. */
  startScreenMs: number;
  /** Process start to the workspace screen, the workspace opened from the recent list. */
  workspaceScreenMs: number;
}

export interface GraphTimings {
  budget: number;
  nodes: number;
  /** From asking for the graph (opening the prospect, or another budget) to its first frame. */
  firstFrameMs: number;
  /** The renderer's own part: elements added and drawn (positions come from the core). */
  drawMs: number;
}

async function graphDrawn(page: Page, after: string | null): Promise<{ nodes: number; drawMs: number }> {
  const canvas = page.getByTestId('graph-canvas');
  // Runs in the page; this file is typechecked without the DOM's types, hence the narrow shape.
  type PageGlobals = {
    document: { querySelector(selector: string): { dataset: Record<string, string | undefined> } | null };
  };
  await page.waitForFunction(
    (previous) => {
      const canvas = (globalThis as unknown as PageGlobals).document.querySelector(
        '[data-testid="graph-canvas"]',
      );
      const stamp = canvas?.dataset.firstFrameMs;
      return Boolean(stamp) && `${stamp}/${canvas?.dataset.nodeCount}` !== previous;
    },
    after,
    { timeout: 120_000, polling: 'raf' },
  );
  return {
    nodes: Number(await canvas.getAttribute('data-node-count')),
    drawMs: Number(await canvas.getAttribute('data-first-frame-ms')),
  };
}

/**
 * Starts the web host on a fresh data folder whose recent list holds `workspace`, opens it from
 * the start screen, then opens the prospect (already marked as one) and draws its graph at each
 * budget. The workspace must not be open elsewhere (workspaces are locked to one process).
 */
export async function browserTimings(
  workspace: string,
  prospectLabel: string,
  budgets: readonly number[],
): Promise<{ start: StartTimings; graphs: GraphTimings[] }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'inside-track-bench-web-'));
  new RecentWorkspaces(dataDir).touch(workspace);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  const started = performance.now();
  const host = await startWebProcess({ dataDir, workspacesDir: dataDir, built: true });
  try {
    const serverReadyMs = performance.now() - started;
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(host.url);
    await page.getByTestId('recent-item').first().waitFor({ timeout: 60_000 });
    const startScreenMs = performance.now() - started;
    await page.getByTestId('recent-item').first().click();
    await page.getByTestId('workspace-view').waitFor({ timeout: 120_000 });
    await page.getByTestId('overview').waitFor({ timeout: 120_000 });
    const workspaceScreenMs = performance.now() - started;

    const graphs: GraphTimings[] = [];
    let asked = performance.now();
    await page.getByTestId('sidebar').getByText(prospectLabel).first().click();
    let drawn = await graphDrawn(page, null);
    graphs.push({ budget: 300, ...drawn, firstFrameMs: performance.now() - asked });
    for (const budget of budgets) {
      const previous = `${drawn.drawMs}/${drawn.nodes}`;
      asked = performance.now();
      await page.getByTestId('graph-budget').selectOption(String(budget));
      drawn = await graphDrawn(page, previous);
      graphs.push({ budget, ...drawn, firstFrameMs: performance.now() - asked });
    }
    return { start: { serverReadyMs, startScreenMs, workspaceScreenMs }, graphs };
  } finally {
    await browser.close();
    await stopWebProcess(host.child);
    rmSync(dataDir, { recursive: true, force: true });
  }
}
