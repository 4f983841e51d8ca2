import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { forEachLook } from './looks';

const samples = join(process.cwd(), '..', 'shared', 'samples');
const shots = join('test-results', 'screenshots');

async function importFiles(page: Page, input: { folder?: string; files?: string[] }) {
  await page.getByTestId('import-button').first().click();
  if (input.folder) await page.getByTestId('import-folder-input').setInputFiles(input.folder);
  if (input.files) await page.getByTestId('import-files-input').setInputFiles(input.files);
  await expect(page.getByTestId('import-item').first()).toBeVisible();
  await page.getByTestId('import-start').click();
  await expect(page.getByTestId('import-summary')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Done' }).click();
}

test('search results link to the post on its network and to the author’s profile', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByTestId('new-workspace-name').fill('Sources');
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await expect(page.getByTestId('workspace-view')).toBeVisible();
  await importFiles(page, { folder: join(samples, 'x-archive', 'honestmvp-2020') });
  await importFiles(page, { files: [join(samples, 'bluesky', 'bnewbold.robocracy.org.20250310005405.car')] });
  await page.locator('.view-switcher-button', { hasText: 'Search' }).click();

  // X: the archive owner's own tweet, under their handle.
  await page.getByTestId('search-input').fill('"front row of the"');
  const tweet = page.getByTestId('search-result').first();
  const onX = tweet.getByRole('link', { name: /View the post on X/ });
  await expect(onX).toHaveAttribute('href', /^https:\/\/x\.com\/HonestMvp\/status\/\d+$/);
  await expect(onX).toHaveAttribute('target', '_blank');
  await expect(onX).toHaveAttribute('rel', /noopener/);
  await expect(tweet.getByRole('link', { name: /Profile of @HonestMvp/ })).toHaveAttribute(
    'href',
    'https://x.com/HonestMvp',
  );

  // Bluesky: bsky.app/profile/<did>/post/<rkey>, from the record's at:// address.
  await page.getByTestId('search-input').fill('juggling');
  const skeet = page.getByTestId('search-result').first();
  await expect(skeet.getByRole('link', { name: /View the post on Bluesky/ })).toHaveAttribute(
    'href',
    'https://bsky.app/profile/did:plc:nhxcyu4ewwhl5pqil4dotqjo/post/3l32eioj72c2k',
  );

  // A click opens a new tab at the source, and the app stays where it was.
  await page
    .context()
    .route('https://bsky.app/**', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Bluesky</title>' }),
    );
  const [tab] = await Promise.all([
    page.context().waitForEvent('page'),
    skeet.getByRole('link', { name: /View the post on Bluesky/ }).click(),
  ]);
  await expect(tab).toHaveURL(/bsky\.app\/profile\/did:plc:nhxcyu4ewwhl5pqil4dotqjo\/post\/3l32eioj72c2k/);
  expect(await tab.evaluate('window.opener')).toBeNull();
  await tab.close();
  await expect(page.getByTestId('search-view')).toBeVisible();

  await page.getByTestId('search-input').fill('"front row of the"');
  await expect(page.getByTestId('search-result').first()).toContainText('front row');
  await forEachLook(page, async (look) => {
    await page.screenshot({ path: join(shots, `source-links-${look}.png`) });
  });
});
