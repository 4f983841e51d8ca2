import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const samples = join(process.cwd(), '..', 'shared', 'samples');
const shots = join('test-results', 'screenshots');

async function newWorkspace(page: Page, url: string, name: string) {
  await page.goto(url);
  await page.getByTestId('new-workspace-name').fill(name);
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await expect(page.getByTestId('workspace-view')).toBeVisible();
}

test('import an X archive folder: review, progress, summary, then the accounts list and a prospect', async ({
  page,
  app,
}) => {
  await newWorkspace(page, app.url, 'Import pursuit');
  await page.getByTestId('import-button').first().click();
  await page.getByTestId('import-folder-input').setInputFiles(join(samples, 'x-archive', 'honestmvp-2020'));

  const item = page.getByTestId('import-item');
  await expect(item).toContainText('X archive');
  await expect(item).toContainText('@HonestMvp');
  await page.screenshot({ path: join(shots, 'import-review.png') });
  await page.getByTestId('import-start').click();

  const summary = page.getByTestId('import-summary');
  await expect(summary).toBeVisible({ timeout: 30_000 });
  // honestmvp-2020: 1,180 followers and 1,046 following, 2,226 edges (counted in the reader's tests).
  await expect(summary).toContainText('2,226 follows');
  await page.screenshot({ path: join(shots, 'import-summary.png') });

  await page.getByRole('button', { name: 'Show accounts' }).click();
  await expect(page.getByTestId('accounts-view')).toBeVisible();
  const rows = page.getByTestId('account-row');
  await expect(rows.first()).toBeVisible();
  await page.getByTestId('accounts-search').fill('HonestMvp');
  await expect(rows).toHaveCount(1);
  await rows.first().getByTestId('prospect-toggle').click();
  await expect(page.getByTestId('sidebar')).toContainText('HonestMvp');
  await page.screenshot({ path: join(shots, 'accounts-after-import.png') });
});

test('a damaged archive is refused with the file and record named, and nothing changes', async ({
  page,
  app,
}) => {
  const broken = join(app.workspacesDir, 'broken-archive');
  cpSync(join(samples, 'x-archive', 'denchi-2020'), broken, { recursive: true });
  const tweets = readFileSync(join(broken, 'tweet.js'));
  writeFileSync(join(broken, 'tweet.js'), tweets.subarray(0, Math.floor(tweets.length / 2)));

  await newWorkspace(page, app.url, 'Careful pursuit');
  const accounts = page.getByTestId('figure-accounts');
  await expect(accounts).toContainText('0');
  await page.getByTestId('import-button').first().click();
  await page.getByTestId('import-folder-input').setInputFiles(broken);
  await expect(page.getByTestId('import-item')).toContainText('X archive');
  await page.getByTestId('import-start').click();
  const summary = page.getByTestId('import-summary');
  await expect(summary).toBeVisible({ timeout: 30_000 });
  await expect(summary).toContainText(/tweet\.js.*record \d+/);
  await page.screenshot({ path: join(shots, 'import-refused.png') });
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(accounts).toContainText('0');
});
