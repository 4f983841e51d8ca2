import { closeSync, openSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { createClient } from '../common/client';
import { createCore } from '../main/api/core';
import { createMemoryTransport } from '../main/host/memory-transport';
import { backupsBytes } from '../main/test-support/backups-world';
import { markersIn, workspaceBytes } from '../main/test-support/erase-world';
import { samplePath } from '../main/test-support/samples';
import { expect, test } from './fixtures';
import { forEachLook } from './looks';
import { openWorkspace } from './open-workspace';

const shots = join('test-results', 'screenshots');

/** The workspace's row counts, read with a core of the test's own (the app must not hold the file). */
async function countsOf(file: string, dir: string) {
  const core = createCore({ host: 'memory', dataDir: dir, workspacesDir: dir, rememberRecent: false });
  try {
    const api = createClient(createMemoryTransport(core));
    await api.workspace.open({ path: file });
    return await api.workspace.stats();
  } finally {
    core.close();
  }
}

/** Bytes overwritten in the middle of the closed file, a third of it, as a failing disk would. */
function damage(file: string): void {
  const third = Math.floor(statSync(file).size / 3 / 4096) * 4096;
  const fd = openSync(file, 'r+');
  writeSync(fd, Buffer.alloc(third, 0x5a), 0, third, third);
  closeSync(fd);
}

test('a damaged workspace: the app says so, offers the newest backup, and restoring it brings the counts back', async ({
  page,
  app,
}) => {
  test.setTimeout(240_000);
  const core = createCore({ host: 'memory', dataDir: app.dataDir, workspacesDir: app.workspacesDir });
  const api = createClient(createMemoryTransport(core));
  const file = join(app.workspacesDir, 'Acme pursuit.itrack');
  await api.workspace.create({ path: file });
  await api.import.run({ path: samplePath('x-archive', 'honestmvp-2020') });
  await api.import.run({ path: samplePath('x-archive', 'denchi-2020') });
  // The state to come back: a removal takes a backup of it first, the newest backup.
  const expected = await api.workspace.stats();
  const [denchi] = await api.import.list();
  await api.import.remove({ sourceId: denchi!.id });
  core.close();

  const listed = await (async () => {
    const reader = createCore({ host: 'memory', dataDir: app.dataDir, workspacesDir: app.workspacesDir });
    try {
      return await createClient(createMemoryTransport(reader)).backups.list({ path: file });
    } finally {
      reader.close();
    }
  })();
  expect(listed.map((b) => b.label)).toEqual([
    expect.stringMatching(/^removal of /),
    expect.stringMatching(/^import of /),
    expect.stringMatching(/^import of /),
  ]);

  damage(file);
  await openWorkspace(page, app.url, file);
  const dialog = page.getByTestId('restore-dialog');
  await expect(dialog.getByTestId('restore-damaged')).toContainText('“Acme pursuit” is damaged');
  await expect(dialog.getByTestId('restore-damaged')).toContainText('Restore the newest backup');
  await expect(dialog.getByTestId('restore-row')).toHaveCount(3);
  await expect(dialog.getByTestId('restore-button')).toHaveText(/^Restore the newest backup \(/);
  await forEachLook(page, async (look) => {
    await page.screenshot({ path: join(shots, `backups-damaged-${look}.png`) });
  });
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.emulateMedia({ colorScheme: 'light' });

  await dialog.getByTestId('restore-button').click();
  await expect(dialog).toBeHidden({ timeout: 60_000 });
  await expect(page.getByTestId('overview')).toBeVisible();

  // File › Restore from Backup… lists them again: the damaged file is one more backup now.
  await page.getByRole('menubar').getByRole('menuitem', { name: 'File' }).click();
  await page.getByRole('menuitem', { name: 'Restore from Backup…' }).click();
  await expect(dialog.getByTestId('restore-row')).toHaveCount(4);
  await expect(dialog.getByTestId('restore-row').first()).toContainText('this file was damaged');
  await forEachLook(page, async (look) => {
    await page.screenshot({ path: join(shots, `backups-list-${look}.png`) });
  });
  // Keeping fewer deletes the oldest at once.
  await dialog.getByTestId('restore-keep').selectOption('2');
  await expect(dialog.getByTestId('restore-row')).toHaveCount(2);
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await app.stop();
  expect(await countsOf(file, app.dataDir)).toEqual(expected);
});

test('erase with “never import again”: the summary says the backups were erased from, and no byte of the handle is left in them', async ({
  page,
  app,
}) => {
  test.setTimeout(240_000);
  const core = createCore({ host: 'memory', dataDir: app.dataDir, workspacesDir: app.workspacesDir });
  const api = createClient(createMemoryTransport(core));
  const file = join(app.workspacesDir, 'Erase pursuit.itrack');
  await api.workspace.create({ path: file });
  await api.import.run({ path: samplePath('x-archive', 'honestmvp-2020') });
  core.close();
  expect(markersIn(backupsBytes(file), ['PowrPterodactyl'])).toEqual([]);

  await openWorkspace(page, app.url, file);
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Accounts' }).click();
  await page.getByTestId('accounts-search').fill('PowrPterodactyl');
  const row = page.getByTestId('account-row').filter({ hasText: '@PowrPterodactyl' });
  await row.getByTestId('prospect-toggle').click();
  await page.getByTestId('sidebar').getByText('PowrPterodactyl', { exact: false }).first().click();
  await page.getByTestId('erase-everywhere').click();
  const dialog = page.getByTestId('erase-dialog');
  await expect(dialog.getByTestId('erase-counts')).toContainText('1 account');
  await dialog.getByTestId('erase-never-import-again').check();
  await dialog.getByTestId('erase-confirm').fill('@PowrPterodactyl');
  await forEachLook(page, async (look) => {
    await page.screenshot({ path: join(shots, `backups-erase-never-${look}.png`) });
  });
  await page.setViewportSize({ width: 1440, height: 900 });
  await dialog.getByTestId('erase-run').click();
  // The erase took a backup first (it held them), then erased them from it.
  await expect(dialog.getByTestId('erase-backups')).toHaveText(
    'They were erased from 1 backup of this workspace too. Later imports will leave them out.',
  );
  await forEachLook(page, async (look) => {
    await page.screenshot({ path: join(shots, `backups-erase-summary-${look}.png`) });
  });
  expect(markersIn(backupsBytes(file), ['PowrPterodactyl'])).toEqual([]);
  expect(markersIn(workspaceBytes(file), ['PowrPterodactyl'])).toEqual([]);
});
