import { execFileSync } from 'node:child_process';
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

test('a CSV from any tool is imported through a column mapping the user can fix', async ({ page, app }) => {
  const csv = join(app.workspacesDir, 'people.csv');
  writeFileSync(
    csv,
    'screen_name,display name,bio text,follower count\ndana,Dana Lee,CMO at Acme,1200\nbo,Bo Bridge,Founder,300\n',
  );
  await newWorkspace(page, app.url, 'Mapped pursuit');
  await page.getByTestId('import-button').first().click();
  await page.getByTestId('import-files-input').setInputFiles(csv);
  const mapping = page.getByTestId('column-mapping');
  await expect(mapping).toBeVisible();
  await expect(page.getByTestId('mapping-field-handle')).toHaveValue('screen_name');
  await page.getByTestId('mapping-field-bio').selectOption('bio text');
  await page.screenshot({ path: join(shots, 'import-mapping.png') });
  await page.getByTestId('import-start').click();
  await expect(page.getByTestId('import-summary')).toContainText('2 accounts', { timeout: 30_000 });
  await page.getByRole('button', { name: 'Show accounts' }).click();
  await page.getByTestId('accounts-search').fill('dana');
  await expect(page.getByTestId('account-row').filter({ hasText: '@dana' })).toContainText(/Dana Lee.*1,200/);
});

test('a Mastodon .tar.gz export imports as it comes, and a lone likes file asks whose likes', async ({
  page,
  app,
}) => {
  // Mastodon hands out its export as a .tar.gz: pack a real sample the same way.
  const archive = join(app.workspacesDir, 'archive-20240301123456-dealingwith.tar.gz');
  execFileSync('tar', ['-czf', archive, '-C', join(samples, 'mastodon', 'dealingwith-2024'), '.']);
  await newWorkspace(page, app.url, 'Fediverse pursuit');
  await page.getByTestId('import-button').first().click();
  await page.getByTestId('import-files-input').setInputFiles(archive);
  await expect(page.getByTestId('import-item')).toContainText('Mastodon archive');
  await expect(page.getByTestId('import-item')).toContainText('.tar.gz archive');
  await page.getByTestId('import-start').click();
  await expect(page.getByTestId('import-summary')).toContainText(/Added .*likes/, { timeout: 30_000 });
  await page.getByRole('button', { name: 'Import more…' }).click();

  await page.getByTestId('import-folder-input').setInputFiles(join(samples, 'mastodon', 'hikurry-2022'));
  await expect(page.getByText('Whose likes are these?')).toBeVisible();
  await expect(page.getByTestId('import-start')).toBeDisabled();
  await page.getByPlaceholder('@handle').fill('@hikurry@mastodon.social');
  await page.getByTestId('import-start').click();
  await expect(page.getByTestId('import-summary')).toContainText('498 likes', { timeout: 30_000 });
});
