import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { forEachLook } from './looks';

const samples = join(process.cwd(), '..', 'shared', 'samples');
const shots = join('test-results', 'screenshots');

async function newWorkspace(page: Page, url: string, name: string) {
  await page.goto(url);
  await page.getByTestId('new-workspace-name').fill(name);
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await expect(page.getByTestId('workspace-view')).toBeVisible();
}

test('import a Gmail Takeout mailbox and a calendar: confirm the addresses, then the report says what was kept', async ({
  page,
  app,
}) => {
  test.setTimeout(180_000);
  await newWorkspace(page, app.url, 'Mail pursuit');
  await page.getByTestId('import-button').first().click();
  await page
    .getByTestId('import-files-input')
    .setInputFiles([
      join(samples, 'mail', 'gmail-takeout-scovottodavide-2022', 'Starred.mbox'),
      join(samples, 'calendar', 'zimbra-recur_instances.ics'),
    ]);

  const items = page.getByTestId('import-item');
  await expect(items).toHaveCount(2);
  const mailbox = items.filter({ hasText: 'Starred.mbox' });
  const calendar = items.filter({ hasText: 'zimbra-recur_instances.ics' });
  await expect(mailbox).toContainText('Mailbox (mbox), headers only');
  await expect(calendar).toContainText('Calendar (.ics)');

  // The user's address is prefilled from the message Gmail labels Sent.
  const own = mailbox.getByRole('textbox', { name: 'Your own addresses' });
  await expect(own).toHaveValue('scovottodavide@gmail.com');
  await expect(mailbox.getByTestId('mail-review')).toContainText('Only who wrote to whom and when is read');
  await expect(calendar.getByTestId('mail-review')).toContainText(
    'Only who organised, who was invited and when is read',
  );
  await mailbox
    .getByRole('textbox', { name: 'Leave out these addresses and domains' })
    .fill('newsletter.example');
  // A typo is pointed at before anything runs.
  await own.fill('scovottodavide');
  await expect(mailbox.getByRole('alert')).toContainText('is not an e-mail address');
  await expect(page.getByTestId('import-start')).toBeDisabled();
  await own.fill('scovottodavide@gmail.com');
  await expect(page.getByTestId('import-start')).toBeEnabled();
  await calendar.getByRole('textbox', { name: 'Your own addresses' }).fill('mozilla@kewis.ch');

  await forEachLook(page, async (look) => {
    await mailbox.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shots, `mail-import-review-${look}.png`) });
  });

  await page.getByTestId('import-start').click();
  const summary = page.getByTestId('import-summary');
  await expect(summary).toBeVisible({ timeout: 60_000 });
  const kept = page.getByTestId('import-kept');
  await expect(kept).toHaveCount(2);
  await expect(kept.first()).toHaveText(
    'Kept: 1 message’s headers with 1 correspondent; bodies, attachments and subjects were not kept.',
  );
  await expect(kept.nth(1)).toContainText(
    /^Kept: \d+ meetings \(who was invited and when\) with \d+ correspondents?\.$/,
  );
  await forEachLook(page, async (look) => {
    await page.screenshot({ path: join(shots, `mail-import-report-${look}.png`) });
  });
});
