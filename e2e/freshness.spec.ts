import { copyFileSync, cpSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { connectClient } from '../main/test-support/web-host';
import { expect, test } from './fixtures';

// Every view follows the core's `workspace.revised` announcements: no reload, no navigation.
const samples = join(process.cwd(), '..', 'shared', 'samples');

async function newWorkspace(page: Page, url: string, name: string) {
  await page.goto(url);
  await page.getByTestId('new-workspace-name').fill(name);
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await expect(page.getByTestId('workspace-view')).toBeVisible();
}

/** Imports through the Import dialog, as a user does, and closes it on the summary. */
async function importThroughDialog(
  page: Page,
  input: { folder?: string; file?: string },
  answer?: (page: Page) => Promise<void>,
) {
  await page.getByTestId('import-button').first().click();
  if (input.folder) await page.getByTestId('import-folder-input').setInputFiles(input.folder);
  if (input.file) await page.getByTestId('import-files-input').setInputFiles(input.file);
  await expect(page.getByTestId('import-item')).toBeVisible();
  if (answer) await answer(page);
  await page.getByTestId('import-start').click();
  await expect(page.getByTestId('import-summary')).toContainText('Added', { timeout: 30_000 });
  await page.getByRole('button', { name: 'Done' }).click();
}

async function openProspect(page: Page, handle: string) {
  await page.locator('.view-switcher-button', { hasText: 'Accounts' }).click();
  await page.getByTestId('accounts-search').fill(handle);
  const row = page.getByTestId('account-row').filter({ hasText: `@${handle}` });
  await expect(row).toHaveCount(1);
  await row.getByTestId('prospect-toggle').click();
  await page.getByTestId('sidebar').getByText(handle, { exact: false }).first().click();
  await expect(page.getByTestId('prospect-view')).toBeVisible();
}

test('a saved search counts the new matches of an import at once', async ({ page, app }) => {
  await newWorkspace(page, app.url, 'Listening pursuit');
  await importThroughDialog(page, { folder: join(samples, 'x-archive', 'honestmvp-2020') });

  await page.locator('.view-switcher-button', { hasText: 'Search' }).click();
  await page.getByTestId('search-input').fill('cathedral OR village');
  await page.getByTestId('search-input').press('Enter');
  await page.getByRole('button', { name: /Save/ }).first().click();
  await page.getByTestId('save-search-name').fill('Lumen watch');
  await page.getByTestId('save-search-name').press('Enter');
  const saved = page.getByTestId('saved-search').filter({ hasText: 'Lumen watch' });
  await expect(saved).toBeVisible();
  await expect(page.getByTestId('saved-search-new')).toHaveCount(0);

  // denchi-2020's tweets speak of a cathedral and a village; honestmvp's do not.
  await importThroughDialog(page, { folder: join(samples, 'x-archive', 'denchi-2020') });
  await expect(saved.getByTestId('saved-search-new')).toContainText(/\d+ new/);
  await expect(page.getByTestId('search-view')).toBeVisible();
});

test("a prospect's Focus shows likes imported while it is open", async ({ page, app }) => {
  // The archive without its likes first, then a saved liked-tweets response on its own.
  const withoutLikes = join(app.workspacesDir, 'honestmvp-without-likes');
  cpSync(join(samples, 'x-archive', 'honestmvp-2020'), withoutLikes, { recursive: true });
  rmSync(join(withoutLikes, 'like.js'));
  const likes = join(app.workspacesDir, 'liked_tweets.json');
  copyFileSync(join(samples, 'x-api-v2', 'tweepy-cassettes', 'get_liked_tweets_0.json'), likes);

  await newWorkspace(page, app.url, 'Focus pursuit');
  await importThroughDialog(page, { folder: withoutLikes });
  await openProspect(page, 'HonestMvp');
  await page.getByTestId('section-nav').getByRole('tab', { name: /Focus/ }).click();
  const liked = page.getByTestId('focus-count-likes');
  await expect(liked).toContainText('0');

  await importThroughDialog(page, { file: likes }, async (dialog) => {
    await dialog.getByPlaceholder('@handle').fill('@HonestMvp');
  });
  // get_liked_tweets_0.json: 96 liked posts, each with its text.
  await expect(liked).toContainText('96');
});

test('removing an import in one window updates the accounts and figures in another', async ({
  page,
  context,
  app,
}) => {
  await newWorkspace(page, app.url, 'Two windows');
  await importThroughDialog(page, { folder: join(samples, 'x-archive', 'denchi-2020') });
  await importThroughDialog(page, { folder: join(samples, 'x-archive', 'honestmvp-2020') });
  const accountsFigure = page.getByTestId('figure-accounts');
  const before = Number((await accountsFigure.locator('.figure-value').innerText()).replace(/\D/g, ''));

  // The first window shows the accounts list; a second window removes the bigger import.
  await page.locator('.view-switcher-button', { hasText: 'Accounts' }).click();
  await page.getByTestId('accounts-search').fill('HonestMvp');
  await expect(page.getByTestId('account-row').filter({ hasText: '@HonestMvp' })).toHaveCount(1);

  const other = await context.newPage();
  await other.goto(app.url);
  await other.locator('.view-switcher-button', { hasText: 'Imports' }).click();
  // Each import's Remove button names the file it removes.
  await other.getByRole('button', { name: /^Remove .*honestmvp.*…$/i }).click();
  await other
    .getByTestId('remove-import-dialog')
    .getByRole('button', { name: /Remove/ })
    .click();
  await expect(other.getByTestId('import-row')).toHaveCount(1);

  await expect(page.getByTestId('account-row').filter({ hasText: '@HonestMvp' })).toHaveCount(0);
  await page.locator('.view-switcher-button', { hasText: 'Overview' }).click();
  await expect
    .poll(async () => Number((await accountsFigure.locator('.figure-value').innerText()).replace(/\D/g, '')))
    .toBeLessThan(before);
});

test('linking a contact to an account changes the ways in on the open prospect', async ({ page, app }) => {
  const connections = join(app.workspacesDir, 'Connections.csv');
  writeFileSync(
    connections,
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nDavid,Green,,,Acme,CTO,01 Jan 2021\n',
  );
  await newWorkspace(page, app.url, 'Linked pursuit');
  await importThroughDialog(page, { folder: join(samples, 'x-archive', 'honestmvp-2020') });
  await importThroughDialog(page, { file: connections }, async (dialog) => {
    await dialog.getByLabel('Who are these people to you?').selectOption('colleague');
  });
  await openProspect(page, 'PowrPterodactyl');
  const cards = page.getByTestId('path-card');
  await expect(cards.first()).toBeVisible();
  await expect(page.getByTestId('paths-panel')).not.toContainText('David Green');

  // Another client of the same core (a second window, or a script) links David Green to @davidjeet.
  const client = await connectClient(app.url);
  try {
    const davidjeet = await client.api.accounts.find({ ref: '@davidjeet' });
    // People are numbered in import order: the archive's owner (you) first, then David Green.
    const linked = await client.api.people.link({ personId: 2, accountId: davidjeet!.id });
    expect(linked.personName).toBe('David Green');
  } finally {
    client.close();
  }
  await expect(page.getByTestId('paths-panel')).toContainText('David Green');
});
