import { renameSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { ImportRecord } from '../main/importers/records';
import { fixtureWorld, personRecord as person, xAccount as x } from '../main/test-support/fixture-world';
import { expect, test, type WebApp } from './fixtures';
import { openProspect, openWorkspace } from './open-workspace';

// Pictures for a person to look at (test-results/screenshots), and measurements of what is cut.
const shots = join('test-results', 'screenshots');
const sizes = [
  [1024, 700],
  [1280, 800],
  [1440, 900],
  [1920, 1080],
] as const;

const me = x('1', 'me_myself');
const prospect = x('9', 'cb_partnerships');
const records: ImportRecord[] = [
  person('me', 'Me', 'me', me),
  person('dana@corp', 'Dana Lee', 'colleague', x('2', 'dana')),
  {
    type: 'account',
    key: prospect,
    name: 'Casey Brook-Montgomery de la Fontaine',
    bio: 'VP Partnerships at Chartboost. Opinions mine.',
  },
  { type: 'follow', follower: me, followee: x('5', 'bridge') },
  { type: 'follow', follower: x('5', 'bridge'), followee: prospect },
  { type: 'follow', follower: x('2', 'dana'), followee: prospect },
];

/** A workspace with a long name and a prospect with a long name, open on the prospect's page. */
async function openLongNames(page: Page, app: WebApp) {
  const { api, core } = await fixtureWorld(() => app.workspacesDir, records);
  const target = await api.accounts.find({ ref: '@cb_partnerships' });
  await api.prospects.add({ accountId: target!.id });
  const made = (await api.workspace.current())!.path;
  core.close();
  const file = join(app.workspacesDir, 'Northwind Traders — enterprise expansion pursuit 2027.itrack');
  renameSync(made, file);
  await openWorkspace(page, app.url, file);
}

/** The few browser names the measuring uses (the e2e specs compile without the DOM's types). */
interface PageElement {
  scrollWidth: number;
  clientWidth: number;
  textContent: string | null;
  getAttribute(name: string): string | null;
  querySelector(selector: string): PageElement | null;
  getBoundingClientRect(): { width: number; height: number };
}
interface PageGlobals {
  document: {
    querySelector(selector: string): PageElement | null;
    querySelectorAll(selector: string): Iterable<PageElement>;
  };
  getComputedStyle(element: PageElement): { overflowX: string };
}

/** What the eye would find cut, measured in the page. */
function measure(page: Page) {
  return page.evaluate(() => {
    const { document, getComputedStyle } = globalThis as unknown as PageGlobals;
    const cut = (element: PageElement | null) =>
      element !== null && element.scrollWidth > element.clientWidth + 1;
    // Buttons with a text label; the prospect tab's close button is an icon with its own name.
    const labelled = [...document.querySelectorAll('nav[aria-label="Views"] button:not([aria-label])')];
    const tabs = labelled.map((button) => {
      const text = button.querySelector('.view-switcher-prospect-name') ?? button;
      return {
        name: button.textContent ?? '',
        cut: cut(text),
        tooltip: button.getAttribute('title') ?? '',
        shownWidth: text.getBoundingClientRect().width,
      };
    });
    const nav = document.querySelector('nav[aria-label="Views"]');
    const box = (selector: string) => document.querySelector(selector)?.getBoundingClientRect() ?? null;
    return {
      workspaceNameCut: cut(document.querySelector('[data-testid="workspace-name"]')),
      prospectNameCut: cut(document.querySelector('#prospect-title')),
      tabs,
      tabsOverflow: nav ? getComputedStyle(nav).overflowX : '',
      mainWidth: box('.main-area')?.width ?? 0,
      graphHeight: box('[data-testid="graph-canvas"]')?.height ?? 0,
      pathCardWidth: box('[data-testid="path-card"]')?.width ?? 0,
    };
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`nothing is cut at 1024×700 to 1920×1080 with both panes open (${scheme})`, async ({ page, app }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    await openLongNames(page, app);
    await openProspect(page, 'cb_partnerships');
    await expect(page.getByTestId('graph-canvas')).toBeVisible();

    for (const [width, height] of sizes) {
      await page.setViewportSize({ width, height });
      await expect(page.getByTestId('path-card').first()).toBeVisible();
      const seen = await measure(page);
      const where = `${width}×${height} ${scheme}`;
      expect(seen.workspaceNameCut, `workspace name cut at ${where}`).toBe(false);
      expect(seen.prospectNameCut, `prospect name cut at ${where}`).toBe(false);
      for (const tab of seen.tabs) {
        // A tab may shorten its name, but then says it in full on hover, and never down to "C…".
        if (tab.cut) expect(tab.tooltip, `tab ${tab.name} at ${where}`).not.toBe('');
        expect(tab.shownWidth, `tab ${tab.name} at ${where}`).toBeGreaterThan(40);
      }
      expect(seen.tabsOverflow, `tabs at ${where} scroll`).toBe('auto');
      expect(seen.mainWidth, `main area at ${where}`).toBeGreaterThanOrEqual(600);
      expect(seen.graphHeight, `graph at ${where}`).toBeGreaterThanOrEqual(320);
      expect(seen.pathCardWidth, `path card at ${where}`).toBeGreaterThanOrEqual(260);
      await page.screenshot({ path: join(shots, `layout-${width}-${scheme}.png`) });
    }
  });
}

test('in a narrow window the notes fold to a strip and open over the page; Escape folds them', async ({
  page,
  app,
}) => {
  await openLongNames(page, app);
  await openProspect(page, 'cb_partnerships');
  await page.setViewportSize({ width: 1024, height: 700 });
  await expect(page.getByTestId('notes-pane')).toBeHidden();
  const open = page.getByRole('button', { name: 'Show notes' });
  await open.click();
  await expect(page.getByTestId('notes-pane')).toBeVisible();
  await expect(page.getByTestId('notes-pane')).toContainText('Casey Brook-Montgomery');
  await page.screenshot({ path: join(shots, 'layout-1024-notes-over.png') });
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('notes-pane')).toBeHidden();
  await expect(open).toBeFocused();

  // Narrower still, the prospects fold too, each still one click away.
  await page.setViewportSize({ width: 800, height: 700 });
  await expect(page.getByTestId('sidebar')).toBeHidden();
  await page.getByRole('button', { name: 'Overview' }).click();
  await page.getByRole('button', { name: 'Open Casey Brook-Montgomery de la Fontaine' }).click();
  await expect(page.getByTestId('prospect-view')).toBeVisible();

  // Wide again, both come back where they were.
  await page.setViewportSize({ width: 1440, height: 900 });
  await expect(page.getByTestId('sidebar')).toBeVisible();
  await expect(page.getByTestId('notes-pane')).toBeVisible();
});
