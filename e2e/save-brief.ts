import { expect, type Download, type Page } from '@playwright/test';

/** Export Brief opens a dialog that counts the pages first; Save then downloads that brief. */
export async function saveBriefFromDialog(page: Page): Promise<Download> {
  const dialog = page.getByTestId('brief-dialog');
  await expect(dialog.getByTestId('brief-pages')).toHaveText(/^\d+ pages?$/, { timeout: 120_000 });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByTestId('brief-save').click(),
  ]);
  return download;
}
