import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const cassettes = join(process.cwd(), '..', 'shared', 'samples', 'x-api-v2', 'tweepy-cassettes');
const shots = join('test-results', 'screenshots');
const owner = '@TwitterDev';

async function importLists(page: Page, files: string[]) {
  await page.getByTestId('import-button').first().click();
  await page.getByTestId('import-files-input').setInputFiles(files);
  const items = page.getByTestId('import-item');
  await expect(items).toHaveCount(files.length);
  for (let i = 0; i < files.length; i += 1) await items.nth(i).getByPlaceholder('@handle').fill(owner);
  await page.getByTestId('import-start').click();
  await expect(page.getByTestId('import-summary')).toBeVisible({ timeout: 30_000 });
}

/**
 * A prospect whose lists came from the X API (tweepy's recorded responses): who @TwitterDev
 * follows, who follows them, and a second, later followers list so the Changes section has two
 * imports to compare. The later list is tweepy's liking-users response, a real page of users
 * saved under a followers file name: the app reads which list a response is from its name.
 */
async function dossier(page: Page, url: string, workspacesDir: string) {
  const later = join(workspacesDir, 'get_users_followers_1.json');
  copyFileSync(join(cassettes, 'get_liking_users_0.json'), later);

  await page.goto(url);
  await page.getByTestId('new-workspace-name').fill('Developer relations pursuit');
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await importLists(page, [
    join(cassettes, 'get_users_following_0.json'),
    join(cassettes, 'get_users_followers_0.json'),
  ]);
  await page.getByRole('button', { name: 'Done' }).click();
  await importLists(page, [later]);
  await page.getByRole('button', { name: 'Show accounts' }).click();

  await page.getByTestId('accounts-search').fill('TwitterDev');
  const row = page.getByTestId('account-row').filter({ hasText: '@TwitterDev' });
  await expect(row).toHaveCount(1);
  await row.getByTestId('prospect-toggle').click();
  await page.getByTestId('sidebar').getByText('TwitterDev', { exact: false }).first().click();
  await expect(page.getByTestId('prospect-view')).toBeVisible();
}

const section = (page: Page, name: RegExp) =>
  page.getByTestId('section-nav').getByRole('tab', { name }).click();

/** Gives a followee a category by hand, from its row in the Following section. */
async function assignCategory(page: Page, handle: string, category: string) {
  // The table draws only the rows in view: filter down to the account first.
  const filter = page.getByRole('searchbox', { name: /^Filter by name/ });
  await filter.fill(handle);
  const row = page.getByTestId('audience-row').filter({ hasText: `@${handle}` });
  await expect(page.getByTestId('audience-row')).toHaveCount(1);
  const item = page.getByTestId('category-menu').getByRole('menuitemcheckbox', { name: category });
  // The filtered table may still be settling when the row's button is clicked: open again if so.
  await expect(async () => {
    if (!(await item.isVisible())) await row.getByRole('button', { name: /^Categories for/ }).click();
    await expect(item).toBeVisible({ timeout: 2_000 });
  }).toPass();
  await item.click();
  await page.keyboard.press('Escape');
  await expect(row).toContainText(category);
  await filter.fill('');
  await expect(page.getByTestId('audience-row').nth(1)).toBeVisible();
}

test('the dossier: Following, Followers and Changes from real API lists, in light and dark', async ({
  page,
  app,
}) => {
  await dossier(page, app.url, app.workspacesDir);

  await section(page, /Following/);
  const following = page.locator('[data-testid="audience-section"][data-list="following"]');
  await expect(following.getByTestId('audience-coverage')).toContainText('35');
  await expect(following.getByTestId('audience-row').first()).toBeVisible();
  await assignCategory(page, 'wendyluwrites', 'Media');
  await expect(following.getByTestId('audience-segments')).toContainText('Media');

  await section(page, /Followers/);
  const followers = page.locator('[data-testid="audience-section"][data-list="followers"]');
  // 100 from the first followers list and 43 from the later one: the list is every import's.
  await expect(followers.getByTestId('audience-coverage')).toContainText('143');
  await expect(followers.getByTestId('audience-row').first()).toBeVisible();
  await followers.getByRole('searchbox', { name: /^Filter by name/ }).fill('Rajnish');
  await expect(followers.getByTestId('audience-row')).toHaveCount(1);
  await expect(followers.getByTestId('audience-row')).toContainText(
    'Er.Rajnish Kumar Rana ( यांत्रिकी अभियंता )',
  );
  await followers.getByRole('searchbox', { name: /^Filter by name/ }).fill('');

  await section(page, /Changes/);
  const changes = page.getByTestId('changes-followers');
  await expect(changes).toContainText('get_users_followers_0.json → get_users_followers_1.json');
  await expect(changes.locator('.changes-summary')).toContainText('43 new followers, 100 stopped following');
  await expect(changes.locator('.changes-column').first()).toContainText('43');
  await expect(changes.locator('.changes-column').nth(1)).toContainText('100');
  await expect(changes.getByTestId('changes-account').first()).toBeVisible();
  await expect(page.getByTestId('changes-missing')).toContainText('Following: changes show once two imports');

  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const [name, list] of [
      ['following', following],
      ['followers', followers],
    ] as const) {
      await section(page, name === 'following' ? /Following/ : /Followers/);
      await expect(list.getByTestId('audience-row').first()).toBeVisible();
      await page.screenshot({ path: join(shots, `prospect-${name}-${scheme}.png`) });
      // The table itself, below the segments.
      await list.locator('.audience-table-area').evaluate((area) => area.scrollIntoView());
      await page.screenshot({ path: join(shots, `prospect-${name}-list-${scheme}.png`) });
    }
    await section(page, /Changes/);
    await expect(changes.getByTestId('changes-account').first()).toBeVisible();
    await page.screenshot({ path: join(shots, `prospect-changes-${scheme}.png`) });
  }
});

test('the graph: a category filter beside the others, and WebGL drawing kept as a setting', async ({
  page,
  app,
}) => {
  await dossier(page, app.url, app.workspacesDir);
  const canvas = page.getByTestId('graph-canvas');
  await expect(canvas).toHaveAttribute('data-renderer', 'canvas');
  const status = page.locator('.graph-status');
  await expect(status).toContainText(/accounts drawn/);
  const drawn = Number(
    /([\d,]+) accounts drawn/.exec((await status.textContent()) ?? '')![1]!.replace(',', ''),
  );

  // A category given in Following reaches the graph's filter without reopening the prospect.
  const category = page.getByTestId('graph-category');
  await expect(category).toBeDisabled();
  await section(page, /Following/);
  await assignCategory(page, 'wendyluwrites', 'Media');
  await section(page, /Inside track/);
  await expect(category).toBeEnabled();
  await expect(category.locator('option', { hasText: 'Media (1)' })).toHaveCount(1);
  await category.selectOption({ label: 'Media (1)' });
  // The prospect and the one Media account.
  await expect(status).toContainText(`2 of ${drawn} accounts shown`);
  await page.screenshot({ path: join(shots, 'prospect-graph-category.png') });
  await category.selectOption({ label: 'Any category' });
  await expect(status).toContainText(`${drawn} accounts drawn`);

  // WebGL: off by default, on from the display options, kept across a reload.
  await page.getByTestId('graph-display-options').click();
  const webgl = page.getByTestId('graph-webgl');
  await expect(webgl).not.toBeChecked();
  await expect(page.getByTestId('graph-renderer-status')).toHaveText('Drawn with canvas.');
  await page.screenshot({ path: join(shots, 'prospect-graph-options.png') });
  await webgl.check();
  await expect(canvas).toHaveAttribute('data-renderer', 'webgl');
  await expect(page.getByTestId('graph-renderer-status')).toHaveText('Drawn with WebGL.');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('graph-webgl')).toHaveCount(0);
  await expect(canvas).toHaveAttribute('data-first-frame-ms', /\d+/);
  await page.screenshot({ path: join(shots, 'prospect-graph-webgl.png') });
  const png = page.waitForEvent('download');
  await page.getByTestId('graph-export-png').click();
  expect((await png).suggestedFilename()).toMatch(/\.png$/);

  await page.reload();
  await page.getByTestId('sidebar').getByText('TwitterDev', { exact: false }).first().click();
  await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-renderer', 'webgl');
  await page.getByTestId('graph-display-options').click();
  await expect(page.getByTestId('graph-webgl')).toBeChecked();
  await page.getByTestId('graph-webgl').uncheck();
  await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-renderer', 'canvas');
});
