import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { forEachLook } from './looks';

const samples = join(process.cwd(), '..', 'shared', 'samples');
const shots = join('test-results', 'screenshots');

async function workspaceWithArchive(page: Page, url: string) {
  await page.goto(url);
  await page.getByTestId('new-workspace-name').fill('Listening');
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await expect(page.getByTestId('workspace-view')).toBeVisible();
  await page.getByTestId('import-button').first().click();
  await page.getByTestId('import-folder-input').setInputFiles(join(samples, 'x-archive', 'honestmvp-2020'));
  await expect(page.getByTestId('import-item')).toContainText('X archive');
  await page.getByTestId('import-start').click();
  await expect(page.getByTestId('import-summary')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Done' }).click();
}

const view = (page: Page, name: string) => page.locator('.view-switcher-button', { hasText: name }).click();

test('the query, the filters and the scroll survive a visit to another view', async ({ page, app }) => {
  await workspaceWithArchive(page, app.url);
  await view(page, 'Search');
  await page.getByTestId('search-input').fill('the');
  await page.getByRole('combobox', { name: 'Sort by' }).selectOption('date');
  const summary = page.getByTestId('search-summary');
  await expect(summary).toContainText('newest first');
  await page.getByTestId('search-more').click();
  await expect(page.locator('.search-result-list > li')).toHaveCount(100);
  const results = page.getByTestId('search-results');
  await results.evaluate((element) => element.scrollTo({ top: 1800 }));
  await expect.poll(() => results.evaluate((element) => element.scrollTop)).toBeGreaterThan(1700);
  const left = await results.evaluate((element) => element.scrollTop);

  await view(page, 'Accounts');
  await expect(page.getByTestId('accounts-view')).toBeVisible();
  await view(page, 'Search');

  await expect(page.getByTestId('search-input')).toHaveValue('the');
  await expect(page.getByRole('combobox', { name: 'Sort by' })).toHaveValue('date');
  await expect(page.locator('.search-result-list > li')).toHaveCount(100);
  await expect.poll(() => results.evaluate((element) => element.scrollTop)).toBe(left);
  await forEachLook(page, async (look) => {
    await page.screenshot({ path: join(shots, `search-state-back-${look}.png`) });
  });
});

test('a failed search replaces the results it can no longer stand for', async ({ page, app }) => {
  let failing = false;
  // The real server answers everything but search.run while `failing`: as a broken index would.
  await page.routeWebSocket('**/api', (ws) => {
    const server = ws.connectToServer();
    ws.onMessage((message) => {
      const call = JSON.parse(String(message)) as { id: number; method?: string };
      if (failing && call.method === 'search.run') {
        ws.send(
          JSON.stringify({
            type: 'result',
            id: call.id,
            envelope: { ok: false, error: { code: 'IO', message: 'The workspace file could not be read.' } },
          }),
        );
      } else server.send(message);
    });
  });
  await workspaceWithArchive(page, app.url);
  await view(page, 'Search');
  await page.getByTestId('search-input').fill('the');
  await expect(page.getByTestId('search-summary')).toBeVisible();
  failing = true;
  await page.getByTestId('search-input').fill('the people');
  await expect(page.getByTestId('search-error')).toContainText('The workspace file could not be read.');
  await expect(page.getByTestId('search-summary')).toBeHidden();
  await expect(page.locator('.search-result-list')).toBeHidden();
  await page.screenshot({ path: join(shots, 'search-state-error.png') });

  failing = false;
  await page.getByTestId('search-input').fill('the');
  await expect(page.getByTestId('search-summary')).toBeVisible();
  await page.getByTestId('search-input').fill('"the');
  await expect(page.getByTestId('search-syntax-error')).toBeVisible();
  await expect(page.locator('.search-result-list')).toBeHidden();
});
