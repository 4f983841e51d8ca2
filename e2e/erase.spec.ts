import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { markersIn, workspaceBytes } from '../main/test-support/erase-world';
import { fixtureWorld } from '../main/test-support/fixture-world';
import { samplePath } from '../main/test-support/samples';
import { expect, test } from './fixtures';
import { openWorkspace } from './open-workspace';

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

test('Erase everywhere from a person pane: the name typed back, and the contact gone from People and the file', async ({
  page,
  app,
}) => {
  test.setTimeout(180_000);
  const { api, core } = await fixtureWorld(() => app.workspacesDir, []);
  await api.import.run({
    path: samplePath('contacts', 'linkedin', 'Connections-2024-JasonToups.csv'),
    relationship: 'customer',
  });
  const file = (await api.workspace.current())!.path;
  core.close();
  await openWorkspace(page, app.url, file);
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'People' }).click();
  await page.getByLabel('Search contacts').fill('superprof');
  await expect(page.getByTestId('person-row')).toHaveCount(1);
  await page.getByTestId('person-row').first().click();
  await expect(page.getByTestId('person-pane')).toContainText('Rex Carr');
  expect(markersIn(workspaceBytes(file), ['Rex Carr'])).toEqual(['Rex Carr']);

  await page.getByTestId('person-pane').getByTestId('erase-everywhere').click();
  const dialog = page.getByTestId('erase-dialog');
  await expect(dialog.getByTestId('erase-counts')).toContainText('1 person');
  await dialog.getByTestId('erase-confirm').fill('Rex Carr');
  await dialog.getByTestId('erase-run').click();
  await expect(dialog.getByTestId('erase-summary')).toContainText('1 person');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByTestId('person-row')).toHaveCount(0);
  await expect(page.getByTestId('person-erased')).toBeVisible();
  await expect(page.getByTestId('person-pane')).toHaveCount(0);
  await page.screenshot({ path: join(shots, 'erase-person-after.png') });
  expect(markersIn(workspaceBytes(file), ['Rex Carr', 'Superprof'])).toEqual([]);
});
