// How the one account table scrolls with 100,000 rows, in Debian's Chromium against the built
// renderer: `npx tsx bench/account-table.ts` (after `npm run build`). Accounts (about 124,000
// accounts) and the prospect's Followers (100,000) are each flung through 150 frames, then
// jumped to the middle. Figures, not assertions: frame times depend on the machine.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { RecentWorkspaces } from '../main/prefs/recent-workspaces';
import { startWebProcess, stopWebProcess } from '../main/test-support/web-process';
import { CHROMIUM } from './browser';
import { buildWorkspace } from './workspace';

interface ScrollFigures {
  rows: number;
  frames: number;
  p50FrameMs: number;
  p95FrameMs: number;
  maxFrameMs: number;
  /** The most rows in the page at once: the virtual table keeps only those near the view. */
  maxRowsInPage: number;
  /** From a jump to the middle to every row there drawn (its pages fetched). */
  jumpFilledMs: number;
}

// Runs in the page; typechecked without the DOM's types, hence the narrow shapes.
type Table = { scrollTop: number; scrollHeight: number; querySelectorAll(s: string): { length: number } };
type PageGlobals = {
  document: { querySelector(selector: string): Table | null };
  requestAnimationFrame(callback: () => void): void;
};

async function fling(page: Page, selector: string): Promise<ScrollFigures> {
  // tsx keeps function names with a helper the page does not have.
  await page.evaluate('globalThis.__name = (f) => f');
  return page.evaluate(async (selector) => {
    const globals = globalThis as unknown as PageGlobals;
    const table = globals.document.querySelector(selector)!;
    const frame = () =>
      new Promise<number>((resolve) => globals.requestAnimationFrame(() => resolve(performance.now())));
    const rows = Number((table as unknown as { ariaRowCount: string }).ariaRowCount) - 1;
    const deltas: number[] = [];
    let maxRowsInPage = 0;
    let last = await frame();
    for (let i = 0; i < 150; i += 1) {
      table.scrollTop += 2_400;
      const now = await frame();
      deltas.push(now - last);
      last = now;
      maxRowsInPage = Math.max(maxRowsInPage, table.querySelectorAll('[role="row"]').length);
    }
    const jumped = performance.now();
    table.scrollTop = table.scrollHeight / 2;
    await frame();
    while (table.querySelectorAll('.is-loading').length > 0) await frame();
    const jumpFilledMs = performance.now() - jumped;
    deltas.sort((a, b) => a - b);
    const at = (q: number) =>
      Math.round(deltas[Math.min(deltas.length - 1, Math.floor(q * deltas.length))]! * 10) / 10;
    return {
      rows,
      frames: deltas.length,
      p50FrameMs: at(0.5),
      p95FrameMs: at(0.95),
      maxFrameMs: at(1),
      maxRowsInPage,
      jumpFilledMs: Math.round(jumpFilledMs),
    };
  }, selector);
}

async function main() {
  const scratch = mkdtempSync(join(tmpdir(), 'inside-track-bench-table-'));
  const path = join(scratch, 'table.itrack');
  const { db, prospectId } = buildWorkspace(path, {
    followers: 100_000,
    posts: 1_000,
    likes: 0,
    people: 100,
  });
  db.prepare("INSERT INTO prospects(account_id, added_at) VALUES (?, '2026-11-01')").run(prospectId);
  db.close();
  new RecentWorkspaces(scratch).touch(path);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  const host = await startWebProcess({ dataDir: scratch, workspacesDir: scratch, built: true });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(host.url);
    await page.getByTestId('recent-item').first().click();
    await page.getByTestId('workspace-view').waitFor({ timeout: 120_000 });

    await page.locator('.view-switcher-button', { hasText: 'Accounts' }).click();
    await page.getByTestId('account-row').first().waitFor({ timeout: 120_000 });
    console.log('Accounts ', JSON.stringify(await fling(page, '[role="table"][aria-label="Accounts"]')));

    await page.getByTestId('sidebar').getByText('Bench Prospect').first().click();
    // The prospect opens on its graph: let it draw first, so its work does not land in the figures.
    await page.locator('[data-testid="graph-canvas"][data-first-frame-ms]').waitFor({ timeout: 120_000 });
    await page
      .getByTestId('section-nav')
      .getByRole('tab', { name: /Followers/ })
      .click();
    await page.getByTestId('audience-row').first().waitFor({ timeout: 120_000 });
    console.log('Followers', JSON.stringify(await fling(page, '[data-testid="audience-table"]')));
  } finally {
    await browser.close();
    await stopWebProcess(host.child);
    rmSync(scratch, { recursive: true, force: true });
  }
}

await main();
