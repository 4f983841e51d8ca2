import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';

async function createWorkspace(page: Page, name: string): Promise<void> {
  await page.getByTestId('new-workspace-name').fill(name);
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await expect(page.getByTestId('workspace-view')).toBeVisible();
}

test('create a workspace, see its empty state, close it and reopen it from the recent list', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  await expect(page.getByTestId('start-screen')).toBeVisible();
  await expect(page.getByTestId('new-workspace-folder')).toHaveValue(app.workspacesDir);

  await createWorkspace(page, 'Acme pursuit');
  await expect(page.getByTestId('workspace-view')).toContainText('Acme pursuit');
  await expect(page.getByTestId('prospects-empty')).toBeVisible();
  await expect(page.getByTestId('notes-pane')).toBeVisible();
  // The file is real and where the form said it would be.
  expect(readFileSync(join(app.workspacesDir, 'Acme pursuit.itrack')).subarray(0, 15).toString()).toBe(
    'SQLite format 3',
  );

  // A brief is about one prospect: with none open, File › Export Brief says so.
  await page.getByRole('menuitem', { name: 'File' }).click();
  await page.getByRole('menuitem', { name: /Export Brief/ }).click();
  await expect(page.getByRole('alertdialog')).toContainText('Open a prospect first');
  await page.keyboard.press('Escape');

  await page.getByRole('menuitem', { name: 'File' }).click();
  await page.getByRole('menuitem', { name: /Close Workspace/ }).click();
  await expect(page.getByTestId('start-screen')).toBeVisible();

  const recent = page.getByTestId('recent-item');
  await expect(recent).toHaveCount(1);
  await expect(recent.first()).toContainText('Acme pursuit');
  await recent.first().click();
  await expect(page.getByTestId('workspace-view')).toContainText('Acme pursuit');
});

test('opening a file that is not a workspace explains why and leaves the file alone', async ({
  page,
  app,
}) => {
  const file = join(app.workspacesDir, 'Pipeline.itrack');
  writeFileSync(file, 'Q3 pipeline: call Dana\n');
  await page.goto(app.url);
  await page.getByTestId('open-workspace-path').fill(file);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('“Pipeline.itrack” is not an Inside Track workspace');
  await expect(page.getByTestId('start-screen')).toBeVisible();
  expect(readFileSync(file, 'utf8')).toBe('Q3 pipeline: call Dana\n');
  await expect(page.getByTestId('recent-item')).toHaveCount(0);
});

test('a missing recent workspace is marked and can be removed from the list', async ({ page, app }) => {
  await page.goto(app.url);
  await createWorkspace(page, 'Gone soon');
  await page.getByRole('menuitem', { name: 'File' }).click();
  await page.getByRole('menuitem', { name: /Close Workspace/ }).click();
  await app.stop();
  const { rmSync } = await import('node:fs');
  rmSync(join(app.workspacesDir, 'Gone soon.itrack'));
  await app.restart();
  await page.goto(app.url);
  const item = page.getByTestId('recent-item');
  await expect(item).toContainText(/missing/i);
  await page.getByRole('button', { name: 'Remove Gone soon from recent' }).click();
  await expect(page.getByTestId('recent-item')).toHaveCount(0);
});

test('the launch token leaves the address bar and a reload returns to the open workspace', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  await expect(page).not.toHaveURL(/token=/);
  await createWorkspace(page, 'Reload me');
  await page.reload();
  await expect(page.getByTestId('workspace-view')).toContainText('Reload me');
});

test('a page without the token is refused', async ({ page, app }) => {
  const response = await page.goto(new URL('/', app.url).origin + '/');
  expect(response?.status()).toBe(401);
});
