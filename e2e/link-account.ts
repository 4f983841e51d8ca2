import { expect, type Page } from '@playwright/test';

/** In the open person pane, finds an account by what the user types and links it to the person. */
export async function linkAccountBySearch(page: Page, query: string, handle: string): Promise<void> {
  const pane = page.getByTestId('person-pane');
  await pane.getByLabel(/Find an account to link/).fill(query);
  await pane
    .getByTestId('link-account-result')
    .filter({ hasText: handle })
    .getByRole('button', { name: 'Link' })
    .click();
  await expect(pane.getByTestId('person-account')).toContainText(handle);
}
