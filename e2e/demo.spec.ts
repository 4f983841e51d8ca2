import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { forEachLook } from './looks';
import { saveBriefFromDialog } from './save-brief';

const shots = join('test-results', 'screenshots');

const section = (page: Page, name: RegExp) =>
  page.getByTestId('section-nav').getByRole('tab', { name }).click();

/** Every look of one screen, once `ready` shows it has content. */
async function shoot(page: Page, name: string, ready: Locator) {
  await forEachLook(page, async (look) => {
    await expect(ready).toBeVisible();
    await page.screenshot({ path: join(shots, `demo-${name}-${look}.png`) });
  });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1440, height: 900 });
}

test('Try a demo pursuit: every section of the prospect has something true to show', async ({
  page,
  app,
}) => {
  test.setTimeout(420_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(app.url);
  await page.getByTestId('try-demo').click();
  await expect(page.getByTestId('demo-banner')).toContainText('invented', { timeout: 60_000 });
  await expect(page.getByText('Demo pursuit (invented people)').first()).toBeVisible();

  await page.getByTestId('sidebar').getByText('ada_kestrel', { exact: false }).first().click();
  await expect(page.getByTestId('prospect-view')).toBeVisible();

  // Inside track: warm and cold paths, and the graph.
  const card = page.getByTestId('path-card').first();
  await expect(card).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('path-card')).not.toHaveCount(0);
  await expect(page.getByTestId('graph-canvas')).toBeVisible();
  await shoot(page, 'inside-track', card);

  // The drafts of an introduction along the best path.
  await card.getByRole('button', { name: /Draft introduction/ }).click();
  await expect(page.getByTestId('intro-draft-body')).toHaveValue(/\S/);
  await shoot(page, 'drafts', page.getByTestId('intro-dialog'));
  await page.keyboard.press('Escape');

  await section(page, /Focus/);
  const focus = page.getByTestId('focus-section');
  await expect(focus).toContainText(/cold chain|electric trucks|evtrucks|coldchain/i);
  await shoot(page, 'focus', focus);

  for (const list of ['following', 'followers'] as const) {
    await section(page, list === 'following' ? /Following/ : /Followers/);
    const table = page.locator(`[data-testid="audience-section"][data-list="${list}"]`);
    await expect(table.getByTestId('audience-row').first()).toBeVisible();
    await shoot(page, list, table.getByTestId('audience-row').first());
  }

  await section(page, /Changes/);
  const changes = page.getByTestId('changes-followers');
  await expect(changes.locator('.changes-summary')).toContainText(/new followers?, \d+ stopped following/);
  await shoot(page, 'changes', changes);

  await section(page, /Get the data/);
  const gaps = page.getByTestId('gaps-section');
  await expect(gaps.getByTestId('gaps-suggestions')).toContainText(
    "Your colleague Priya Nand's following list",
  );
  await shoot(page, 'get-the-data', gaps);

  // Notes: the user's note on the prospect.
  await expect(page.getByTestId('notes-pane')).toContainText('Kestrel Freight');
  // A narrow window folds the notes pane away: the shot is of the page as it is then.
  await shoot(page, 'notes', page.getByTestId('prospect-view'));

  // Search, with the saved search.
  await page.locator('.view-switcher-button', { hasText: 'Search' }).click();
  await page.getByTestId('saved-search').filter({ hasText: 'Cold chain talk' }).click();
  await expect(page.getByTestId('search-result').first()).toBeVisible();
  await shoot(page, 'search', page.getByTestId('search-result').first());

  // The brief, as a PDF.
  await page
    .locator('.view-switcher-tab, .view-switcher-button', { hasText: 'Ada Lindqvist' })
    .first()
    .click();
  await page.getByRole('menuitem', { name: 'File' }).click();
  await page.getByRole('menuitem', { name: /Export Brief/ }).click();
  expect((await saveBriefFromDialog(page)).suggestedFilename()).toMatch(/^Brief .*\.pdf$/);
});
