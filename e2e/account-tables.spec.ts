import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Accounts and a prospect's Followers are one table component with different columns: the same
// keyboard, sort and empty-state promises hold in both, and pictures of both are kept.
const cassettes = join(process.cwd(), '..', 'shared', 'samples', 'x-api-v2', 'tweepy-cassettes');
const shots = join('test-results', 'screenshots');

/** Who @TwitterDev follows and who follows them, from tweepy's recorded X API responses. */
async function workspaceWithLists(page: Page, url: string) {
  await page.goto(url);
  await page.getByTestId('new-workspace-name').fill('Account tables');
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await page.getByTestId('import-button').first().click();
  await page
    .getByTestId('import-files-input')
    .setInputFiles(
      ['get_users_following_0.json', 'get_users_followers_0.json'].map((f) => join(cassettes, f)),
    );
  const items = page.getByTestId('import-item');
  await expect(items).toHaveCount(2);
  for (const item of await items.all()) await item.getByPlaceholder('@handle').fill('@TwitterDev');
  await page.getByTestId('import-start').click();
  await expect(page.getByTestId('import-summary')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Show accounts' }).click();
  await expect(page.getByTestId('account-row').first()).toBeVisible();
}

const showAccounts = (page: Page) => page.locator('.view-switcher-button', { hasText: 'Accounts' }).click();

async function showFollowers(page: Page): Promise<Locator> {
  await page.getByTestId('sidebar').getByText('TwitterDev', { exact: false }).first().click();
  await page
    .getByTestId('section-nav')
    .getByRole('tab', { name: /Followers/ })
    .click();
  const followers = page.locator('[data-testid="audience-section"][data-list="followers"]');
  await expect(followers.getByTestId('audience-row').first()).toBeVisible();
  return followers;
}

/** The first name in the table, as drawn. */
const firstName = (rows: Locator) => rows.first().locator('[role="cell"]').first().textContent();

test('Accounts and Followers: sorted by header, scrolled by keyboard, empty states, in pictures', async ({
  page,
  app,
}) => {
  // An import, two tables gone through, and eight pictures: more than the default minute on a busy machine.
  test.setTimeout(180_000);
  await workspaceWithLists(page, app.url);

  const accounts = page.getByRole('table', { name: 'Accounts' });
  const byFollowers = accounts.getByRole('columnheader', { name: /followers/i });
  const byAccount = accounts.getByRole('columnheader', { name: /account/i });
  await expect(byFollowers).toHaveAttribute('aria-sort', 'descending');
  await byAccount.getByRole('button').click();
  await expect(byAccount).toHaveAttribute('aria-sort', 'ascending');
  await expect(byFollowers).not.toHaveAttribute('aria-sort', /./);
  const ascending = await firstName(page.getByTestId('account-row'));
  await byAccount.getByRole('button').click();
  await expect(byAccount).toHaveAttribute('aria-sort', 'descending');
  await expect.poll(() => firstName(page.getByTestId('account-row'))).not.toBe(ascending);
  await accounts.focus();
  await page.keyboard.press('End');
  await expect.poll(() => accounts.evaluate((table) => table.scrollTop)).toBeGreaterThan(0);
  await byFollowers.getByRole('button').click();
  await expect(byFollowers).toHaveAttribute('aria-sort', 'descending');
  await expect.poll(() => accounts.evaluate((table) => table.scrollTop)).toBe(0);

  await page.getByTestId('accounts-search').fill('TwitterDev');
  const owner = page.getByTestId('account-row').filter({ hasText: '@TwitterDev' });
  await expect(owner).toHaveCount(1);
  await owner.getByTestId('prospect-toggle').click();
  await expect(owner.getByTestId('prospect-toggle')).toHaveAttribute('aria-pressed', 'true');
  await page.getByTestId('accounts-search').fill('no such account anywhere');
  await expect(page.getByTestId('accounts-no-matches')).toBeVisible();
  await page.getByTestId('accounts-search').fill('');

  const followers = await showFollowers(page);
  const table = followers.getByRole('table', { name: /Followers of/ });
  const byReach = table.getByRole('columnheader', { name: /followers/i });
  const byWho = table.getByRole('columnheader').first();
  await expect(byReach).toHaveAttribute('aria-sort', 'descending');
  await byWho.getByRole('button', { name: /^Sort by handle/ }).click();
  await expect(byWho).toHaveAttribute('aria-sort', 'ascending');
  await expect(byReach).not.toHaveAttribute('aria-sort', /./);
  await table.focus();
  await page.keyboard.press('PageDown');
  await expect.poll(() => table.evaluate((element) => element.scrollTop)).toBeGreaterThan(0);
  await followers.getByRole('searchbox', { name: /^Filter by name/ }).fill('no such follower anywhere');
  await expect(followers.getByTestId('audience-no-matches')).toBeVisible();
  await followers.getByRole('button', { name: 'Clear the filters' }).click();
  await expect(followers.getByTestId('audience-row').first()).toBeVisible();
  // The cleared filter is the one remembered for the session.
  await showAccounts(page);
  await expect((await showFollowers(page)).getByRole('searchbox', { name: /^Filter by name/ })).toHaveValue(
    '',
  );

  for (const [width, height] of [
    [1440, 900],
    [1024, 700],
  ] as const) {
    await page.setViewportSize({ width, height });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await showAccounts(page);
      await expect(page.getByTestId('account-row').first()).toBeVisible();
      await page.screenshot({ path: join(shots, `accounts-table-${width}x${height}-${scheme}.png`) });
      const list = await showFollowers(page);
      await list.locator('.audience-table-area').evaluate((area) => area.scrollIntoView());
      await page.screenshot({ path: join(shots, `followers-table-${width}x${height}-${scheme}.png`) });
    }
  }
});
