import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { forEachLook } from './looks';

const shots = join('test-results', 'screenshots');

test('browser mode: open a workspace by browsing to it, by keyboard and by mouse', async ({ page, app }) => {
  // A workspace made the way a user does, then closed; a folder beside it holds another file.
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(app.url);
  mkdirSync(join(app.workspacesDir, 'Clients'));
  mkdirSync(join(app.workspacesDir, 'Archive'));
  writeFileSync(join(app.workspacesDir, 'Clients', 'notes.txt'), 'not a workspace');
  writeFileSync(join(app.workspacesDir, '.hidden.itrack'), '');
  await page.getByTestId('new-workspace-name').fill('Acme pursuit');
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await expect(page.getByTestId('workspace-view')).toBeVisible();
  await page.getByRole('menuitem', { name: 'File' }).click();
  await page.getByRole('menuitem', { name: /Close Workspace/ }).click();
  await expect(page.getByTestId('start-screen')).toBeVisible();

  await page.getByTestId('open-workspace-browse').click();
  const browser = page.getByTestId('file-browser');
  await expect(browser).toBeVisible();
  const rows = browser.getByRole('option');
  // Folders first, then workspace files; no hidden file, no other kind of file.
  await expect(rows).toHaveText([/Archive/, /Clients/, /Acme pursuit\.itrack/]);
  await expect(browser.getByTestId('file-browser-path')).toHaveValue(app.workspacesDir);
  await expect(browser.getByRole('button', { name: 'Acme pursuit', exact: true })).toBeVisible(); // recent

  await forEachLook(page, async (look) => {
    await page.screenshot({ path: join(shots, `file-browser-${look}.png`) });
  });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1440, height: 900 });

  // Keyboard: Enter opens the folder, Backspace comes back up, arrows move, Escape closes.
  const list = browser.getByTestId('file-browser-list');
  await expect(list).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(browser.getByTestId('file-browser-crumbs')).toContainText('Clients');
  await expect(browser.getByText('No folders or workspaces here.')).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).include('[data-testid="file-browser"]').analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await page.keyboard.press('Backspace');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toHaveAttribute('aria-selected', 'true'); // the folder we came from
  await page.keyboard.press('Escape');
  await expect(browser).toBeHidden();
  await expect(page.getByTestId('start-screen')).toBeVisible();

  // A folder outside home and the workspaces folder is refused in words.
  await page.getByTestId('open-workspace-browse').click();
  await browser.getByTestId('file-browser-path').fill('/etc');
  await browser.getByTestId('file-browser-path').press('Enter');
  await expect(browser.getByRole('alert')).toContainText('Inside Track shows only folders in Workspaces');

  await list.focus();
  await page.keyboard.press('End');
  await expect(rows.nth(2)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('workspace-view')).toContainText('Acme pursuit');
});

test('browser mode: New workspace picks its folder in the file browser', async ({ page, app }) => {
  mkdirSync(join(app.workspacesDir, 'Clients'));
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(app.url);
  await page.getByTestId('new-workspace-name').fill('Globex');
  await page.getByTestId('new-workspace-browse').click();
  const browser = page.getByTestId('file-browser');
  await browser.getByRole('option', { name: /Clients/ }).dblclick();
  await expect(browser.getByTestId('file-browser-crumbs')).toContainText('Clients');
  await browser.getByRole('button', { name: 'Use this folder' }).click();
  await expect(page.getByTestId('new-workspace-folder')).toHaveValue(join(app.workspacesDir, 'Clients'));
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await expect(page.getByTestId('workspace-view')).toContainText('Globex');
});
