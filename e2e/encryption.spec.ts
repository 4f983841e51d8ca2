import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { forEachLook } from './looks';

const samples = join(process.cwd(), '..', 'shared', 'samples');
const shots = join('test-results', 'screenshots');
const PASSPHRASE = 'correct horse battery staple';
const MARKER = 'PowrPterodactyl';

/** Every file under the workspaces folder (the workspace, its WAL, its backups) holding the marker. */
function filesWithMarker(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && readFileSync(join(entry.parentPath, entry.name)).includes(MARKER))
    .map((entry) => entry.name);
}

test('An encrypted workspace: created with a passphrase, nothing readable on disk, and asked for again on open', async ({
  page,
  app,
}) => {
  test.setTimeout(240_000);
  await page.goto(app.url);
  await page.getByTestId('new-workspace-name').fill('Secret pursuit');
  await page.getByTestId('encrypt-new-workspace').check();
  await page.getByTestId('new-passphrase-input').fill(PASSPHRASE);
  await expect(page.getByRole('button', { name: 'Create workspace' })).toBeDisabled();
  await page.getByTestId('confirm-passphrase-input').fill(PASSPHRASE);
  await expect(page.getByTestId('new-passphrase')).toContainText('cannot be opened again');
  await page.screenshot({ path: join(shots, 'encryption-create.png') });
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await expect(page.getByTestId('workspace-view')).toContainText('Secret pursuit', { timeout: 30_000 });

  await page.getByTestId('import-button').first().click();
  await page.getByTestId('import-folder-input').setInputFiles(join(samples, 'x-archive', 'honestmvp-2020'));
  await page.getByTestId('import-start').click();
  await expect(page.getByTestId('import-summary')).toBeVisible({ timeout: 60_000 });
  expect(filesWithMarker(app.workspacesDir)).toEqual([]);

  await page.keyboard.press('Escape');
  await page.getByRole('menuitem', { name: 'File' }).click();
  await page.getByRole('menuitem', { name: /Close Workspace/ }).click();
  await expect(page.getByTestId('start-screen')).toBeVisible();
  expect(filesWithMarker(app.workspacesDir)).toEqual([]);

  const recent = page.getByTestId('recent-item').filter({ hasText: 'Secret pursuit' });
  await expect(recent.getByTestId('recent-encrypted')).toHaveText('Encrypted');
  await recent.getByRole('button', { name: /^Secret pursuit \// }).click();
  const dialog = page.getByTestId('passphrase-dialog');
  await expect(dialog).toBeVisible();
  await forEachLook(page, async (look) => {
    await page.screenshot({ path: join(shots, `encryption-passphrase-${look}.png`) });
  });

  await dialog.getByTestId('passphrase-input').fill('correct horse battery stapler');
  await dialog.getByRole('button', { name: 'Open' }).click();
  await expect(dialog.getByTestId('passphrase-problem')).toContainText('wrong passphrase', {
    timeout: 30_000,
  });
  await forEachLook(page, async (look) => {
    await page.screenshot({ path: join(shots, `encryption-wrong-${look}.png`) });
  });

  await dialog.getByTestId('passphrase-input').fill(PASSPHRASE);
  await dialog.getByRole('button', { name: 'Open' }).click();
  await expect(dialog).toBeHidden({ timeout: 30_000 });
  await expect(page.getByTestId('workspace-view')).toContainText('Secret pursuit');

  // File › Change Passphrase… (an encrypted workspace is not offered Encrypt… again).
  await page.getByRole('menuitem', { name: 'File' }).click();
  await page.getByRole('menuitem', { name: /Change Passphrase/ }).click();
  const change = page.getByTestId('change-passphrase-dialog');
  await change.getByTestId('current-passphrase-input').fill(PASSPHRASE);
  await change.getByTestId('new-passphrase-input').fill('short');
  await expect(change.getByRole('button', { name: 'Change passphrase' })).toBeDisabled();
  await page.screenshot({ path: join(shots, 'encryption-change.png') });
  await change.getByRole('button', { name: 'Cancel' }).click();
  await expect(change).toBeHidden();
});
