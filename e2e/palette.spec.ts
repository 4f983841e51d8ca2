import { join } from 'node:path';
import type { ImportRecord } from '../main/importers/records';
import { fixtureWorld, personRecord as person, xAccount as x } from '../main/test-support/fixture-world';
import { expect, test } from './fixtures';
import { openWorkspace } from './open-workspace';

const shots = join('test-results', 'screenshots');
const prospect = x('9', 'cb_partnerships');
const records: ImportRecord[] = [
  person('me', 'Me', 'me', x('1', 'me_myself')),
  person('dana@corp', 'Dana Lee', 'colleague', x('2', 'dana')),
  { type: 'account', key: prospect, name: 'Casey Brook', bio: 'VP Partnerships at Chartboost.' },
  { type: 'account', key: x('7', 'quiet_one'), name: 'Quentin Quiet' },
  { type: 'follow', follower: x('2', 'dana'), followee: prospect },
];

test.beforeEach(async ({ page, app }) => {
  const { api, core } = await fixtureWorld(() => app.workspacesDir, records);
  const target = await api.accounts.find({ ref: '@cb_partnerships' });
  await api.prospects.add({ accountId: target!.id });
  await api.searches.save({ name: 'Partnership talk', query: 'partnerships' });
  const file = (await api.workspace.current())!.path;
  core.close();
  await openWorkspace(page, app.url, file);
  await expect(page.getByTestId('workspace-view')).toBeVisible();
});

test('the command palette lists the menus’ commands with their shortcuts and runs one', async ({ page }) => {
  await page.keyboard.press('Control+K');
  const palette = page.getByTestId('command-palette');
  await expect(palette).toBeVisible();
  await expect(palette.getByRole('option', { name: /Toggle Sidebar/ })).toContainText('Ctrl+B');
  await expect(palette.getByRole('option', { name: /Import…/ })).toContainText('Ctrl+I');
  await expect(palette.getByRole('option', { name: /Go to Prospect, Person or Account/ })).toContainText(
    'Ctrl+P',
  );
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: join(shots, `palette-commands-${scheme}.png`) });
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.keyboard.press('Escape');
  await expect(palette).toBeHidden();

  await page.keyboard.press('Control+Shift+P');
  await page.keyboard.type('toggle notes');
  await expect(palette.getByRole('option')).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  await expect(page.getByTestId('notes-pane')).toBeHidden();
});

test('the quick switcher goes to a prospect, a person, an account and a saved search', async ({ page }) => {
  const switcher = page.getByTestId('quick-switcher');
  await page.keyboard.press('Control+P');
  await page.keyboard.type('casey');
  await expect(switcher.getByRole('option', { name: /Casey Brook/ })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await page.screenshot({ path: join(shots, 'palette-switcher.png') });
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('prospect-header')).toContainText('Casey Brook');

  await page.keyboard.press('Control+P');
  await page.keyboard.type('dana');
  await expect(switcher.getByRole('group', { name: 'People' }).getByRole('option')).toContainText('Dana Lee');
  await switcher.getByRole('group', { name: 'People' }).getByRole('option').first().click();
  await expect(page.getByRole('heading', { name: 'Dana Lee' })).toBeVisible();

  await page.keyboard.press('Control+P');
  await page.keyboard.type('quentin');
  await expect(switcher.getByRole('option', { name: /Quentin Quiet/ })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('prospect-header')).toContainText('Quentin Quiet');

  await page.keyboard.press('Control+P');
  await page.keyboard.type('partnership talk');
  await expect(switcher.getByRole('option', { name: /Partnership talk/ })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await page.keyboard.press('Enter');
  // Search opens on the saved search's query.
  await expect(page.locator('.workspace-search').getByRole('searchbox').first()).toHaveValue('partnerships');
});

test('F10 and a lone Alt reach the menu bar; arrows move in it, Enter opens, Escape goes back', async ({
  page,
}) => {
  const file = page.getByRole('menuitem', { name: 'File' });
  const edit = page.getByRole('menuitem', { name: 'Edit' });
  await page.getByTestId('import-button').focus();
  await page.keyboard.press('F10');
  await expect(file).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(edit).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menu')).toBeVisible();
  await expect(page.getByRole('menu').getByRole('menuitem').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toBeHidden();
  await expect(edit).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('import-button')).toBeFocused();

  await page.keyboard.press('Alt');
  await expect(edit).toBeFocused();
  await page.keyboard.press('Alt');
  await expect(page.getByTestId('import-button')).toBeFocused();
});
