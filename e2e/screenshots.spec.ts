import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';

// Not assertions about pixels: pictures for a person to look at (test-results/screenshots).
const shots = join('test-results', 'screenshots');

for (const scheme of ['light', 'dark'] as const) {
  test(`screens in ${scheme} mode`, async ({ page, app }) => {
    await page.emulateMedia({ colorScheme: scheme });
    writeFileSync(join(app.workspacesDir, 'Not a workspace.itrack'), 'plain text');
    await page.goto(app.url);
    await expect(page.getByTestId('start-screen')).toBeVisible();
    await page.screenshot({ path: join(shots, `start-empty-${scheme}.png`) });

    await page
      .getByTestId('new-workspace-name')
      .fill('Northwind Traders — enterprise expansion pursuit 2027');
    await page.getByRole('button', { name: 'Create workspace' }).click();
    await expect(page.getByTestId('workspace-view')).toBeVisible();
    await page.screenshot({ path: join(shots, `workspace-empty-${scheme}.png`) });

    await page.getByRole('menuitem', { name: 'File' }).click();
    await page.screenshot({ path: join(shots, `menu-file-${scheme}.png`) });
    await page.getByRole('menuitem', { name: /Close Workspace/ }).click();

    await page.getByTestId('open-workspace-path').fill(join(app.workspacesDir, 'Not a workspace.itrack'));
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await page.screenshot({ path: join(shots, `start-recent-error-${scheme}.png`) });
  });
}
