import { expect, type Page } from '@playwright/test';

/** At 1440×900, opens a workspace file the way a user does on the start screen: by its path. */
export async function openWorkspace(page: Page, url: string, file: string): Promise<void> {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(url);
  await page.getByTestId('open-workspace-path').fill(file);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
}

/** Opens a prospect's page from the sidebar, by (part of) its handle. */
export async function openProspect(page: Page, handle: string): Promise<void> {
  await page.getByTestId('sidebar').getByText(handle, { exact: false }).first().click();
  await expect(page.getByTestId('prospect-view')).toBeVisible();
}
