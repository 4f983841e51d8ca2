import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { markersIn, workspaceBytes } from '../main/test-support/erase-world';
import { expect, test } from './fixtures';

const samples = join(process.cwd(), '..', 'shared', 'samples');
const shots = join('test-results', 'screenshots');

test('Erase everywhere from an account page: the preview, the typed handle, the summary, and no byte left', async ({
  page,
  app,
}) => {
  test.setTimeout(180_000);
  await page.goto(app.url);
  await page.getByTestId('new-workspace-name').fill('Erase pursuit');
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await page.getByTestId('import-button').first().click();
  await page.getByTestId('import-folder-input').setInputFiles(join(samples, 'x-archive', 'honestmvp-2020'));
  await page.getByTestId('import-start').click();
  await expect(page.getByTestId('import-summary')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Show accounts' }).click();
  await page.getByTestId('accounts-search').fill('PowrPterodactyl');
  const row = page.getByTestId('account-row').filter({ hasText: '@PowrPterodactyl' });
  await row.getByTestId('prospect-toggle').click();
  await page.getByTestId('sidebar').getByText('PowrPterodactyl', { exact: false }).first().click();
  await expect(page.getByTestId('prospect-header')).toContainText('PowrPterodactyl');

  const file = join(
    app.workspacesDir,
    readdirSync(app.workspacesDir).find((name) => name.endsWith('.itrack'))!,
  );
  expect(markersIn(workspaceBytes(file), ['PowrPterodactyl'])).toEqual(['PowrPterodactyl']);

  await page.getByTestId('erase-everywhere').click();
  const dialog = page.getByTestId('erase-dialog');
  await expect(dialog.getByTestId('erase-counts')).toContainText('1 account');
  await expect(dialog.getByTestId('erase-counts')).toContainText('prospect entry');
  await expect(dialog.getByTestId('erase-run')).toBeDisabled();
  await dialog.getByTestId('erase-notes-redact').check();
  await dialog.getByTestId('erase-confirm').fill('@PowrPterodactyl');
  await page.screenshot({ path: join(shots, 'erase-preview.png') });
  await dialog.getByTestId('erase-run').click();
  await expect(dialog.getByTestId('erase-summary')).toContainText('Removed from this workspace');
  await page.screenshot({ path: join(shots, 'erase-summary.png') });
  expect(markersIn(workspaceBytes(file), ['PowrPterodactyl'])).toEqual([]);
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();
  // The page of an erased account closes: nothing of them stays on screen.
  await expect(page.getByTestId('prospect-view')).toBeHidden();
  await expect(page.getByTestId('overview')).toBeVisible();
});
