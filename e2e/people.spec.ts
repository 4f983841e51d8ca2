import { join } from 'node:path';
import type { ImportRecord } from '../main/importers/records';
import { fixtureWorld, xAccount as x } from '../main/test-support/fixture-world';
import { samplePath } from '../main/test-support/samples';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { forEachLook } from './looks';
import { openWorkspace } from './open-workspace';
import { linkAccountBySearch } from './link-account';

const shots = join('test-results', 'screenshots');

/** Opens the workspace file in browser mode, at 1440×900, and goes to People. */
async function openPeople(page: Page, url: string, file: string) {
  await openWorkspace(page, url, file);
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'People' }).click();
}

/** X accounts beside a real LinkedIn export: two look like connections in it, one is linked by hand. */
const accounts: ImportRecord[] = [
  {
    type: 'account',
    key: x('11', 'anjula_b'),
    name: 'Anjula Batra',
    bio: 'Business development at Prepfully',
  },
  { type: 'account', key: x('12', 'ava_recruits'), name: 'Ava Lopez', bio: 'Recruiter at CivicMinds, Inc' },
  { type: 'account', key: x('13', 'tutor_rex'), name: 'R. Carr', bio: 'I teach political science online' },
];

test('People: search a LinkedIn contact, keep what you know of them, link their account by search', async ({
  page,
  app,
}) => {
  test.setTimeout(240_000);
  const { api, core } = await fixtureWorld(() => app.workspacesDir, accounts);
  await api.import.run({
    path: samplePath('contacts', 'linkedin', 'Connections-2024-JasonToups.csv'),
    relationship: 'customer',
  });
  const file = (await api.workspace.current())!.path;
  core.close();

  await openPeople(page, app.url, file);
  const view = page.getByTestId('people-view');
  await expect(view).toContainText('1,581 contacts');

  await page.getByLabel('Search contacts').fill('superprof');
  const rows = page.getByTestId('person-row');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Rex Carr');
  await expect(rows.first()).toContainText('Political Science Tutor at Superprof');
  await rows.first().click();

  const pane = page.getByTestId('person-pane');
  await expect(pane).toContainText('Connections-2024-JasonToups.csv');
  // Prefilled from LinkedIn's Connected On.
  await expect(page.getByTestId('person-since')).toHaveValue('2024-05-23');
  await page.getByTestId('person-since').fill('2022-09-01');
  await page.getByTestId('person-says').fill('Rex made our onboarding twice as fast.');
  await expect(page.getByTestId('person-save-status')).toHaveText('Saved');

  await linkAccountBySearch(page, 'tutor', '@tutor_rex');
  await expect(rows.first()).toContainText('@tutor_rex');

  // What was typed is in the workspace: another contact, then back.
  await page.getByLabel('Search contacts').fill('rex carr');
  await page.getByLabel('Search contacts').fill('superprof');
  await rows.first().click();
  await expect(page.getByTestId('person-says')).toHaveValue('Rex made our onboarding twice as fast.');
  await expect(page.getByTestId('person-since')).toHaveValue('2022-09-01');

  await forEachLook(page, async (look) => {
    await page.getByRole('tab', { name: /Contacts/ }).click();
    await expect(pane).toBeVisible();
    await page.screenshot({ path: join(shots, `people-${look}.png`) });
    await page.getByTestId('people-review-tab').click();
    await expect(page.getByTestId('review-queue').or(page.getByTestId('review-queue-empty'))).toBeVisible();
    await page.screenshot({ path: join(shots, `people-review-${look}.png`) });
  });

  // The review queue from the keyboard: move down, accept; the accepted one leaves the queue.
  const items = page.getByTestId('review-item');
  const before = await items.count();
  expect(before).toBeGreaterThan(0);
  await page.getByTestId('review-queue-list').focus();
  await page.keyboard.press('a');
  await expect(items).toHaveCount(before - 1);
  // The rest rejected one by one: the queue says there is nothing left to review.
  for (let left = before - 1; left > 0; left--) {
    await page.keyboard.press('r');
    await expect(items).toHaveCount(left - 1);
  }
  await expect(page.getByTestId('review-queue-empty')).toContainText('Nothing to review');
});

test('5,000 contacts: the list keeps only the rows in view in the page, and scrolls to the last', async ({
  page,
  app,
}) => {
  test.setTimeout(240_000);
  const people: ImportRecord[] = Array.from({ length: 5000 }, (_, i) => ({
    type: 'person',
    sourceKey: `contact-${i}@example.com`,
    displayName: `Contact ${String(i).padStart(4, '0')}`,
    company: `Company ${i % 97}`,
    position: 'Buyer',
    relationship: i % 3 === 0 ? 'customer' : 'colleague',
  }));
  const { api, core } = await fixtureWorld(() => app.workspacesDir, people);
  const file = (await api.workspace.current())!.path;
  core.close();

  await openPeople(page, app.url, file);
  await expect(page.getByTestId('people-view')).toContainText('5,000 contacts');
  await expect(page.getByTestId('person-row').first()).toContainText('Contact 0000');
  expect(await page.getByTestId('person-row').count()).toBeLessThan(60);

  await page.getByTestId('people-list').evaluate((list) => list.scrollTo({ top: list.scrollHeight }));
  await expect(page.getByTestId('person-row').filter({ hasText: 'Contact 4999' })).toBeVisible();
  expect(await page.getByTestId('person-row').count()).toBeLessThan(60);

  await page.getByTestId('people-relationship-filter').selectOption('customer');
  await expect(page.getByTestId('people-view')).toContainText('1,667 contacts');
});

test('Possible duplicates: the same John Doe from Gmail and Outlook, merged from the keyboard and undone', async ({
  page,
  app,
}) => {
  test.setTimeout(240_000);
  const { api, core } = await fixtureWorld(() => app.workspacesDir, []);
  await api.import.run({
    path: samplePath('contacts', 'linkedin', 'Connections-2024-JasonToups.csv'),
    relationship: 'colleague',
  });
  // Real exports of one person: Outlook's has a typo in the e-mail (ibm.cm), so only name and company tell.
  for (const app of ['GMAIL', 'MS_OUTLOOK']) {
    await api.import.run({
      path: samplePath('contacts', 'vcard', `ezvcard-John_Doe_${app}.vcf`),
      relationship: 'customer',
    });
  }
  const file = (await api.workspace.current())!.path;
  core.close();

  await openPeople(page, app.url, file);
  const view = page.getByTestId('people-view');
  await expect(view).toContainText('1,583 contacts');
  const tab = page.getByTestId('people-duplicates-tab');
  await expect(tab).toContainText('Possible duplicates1');
  await tab.click();

  const groups = page.getByTestId('duplicate-group');
  await expect(groups).toHaveCount(1);
  await expect(groups.first()).toContainText('same name and company');
  const records = groups.first().getByTestId('duplicate-record');
  await expect(records).toHaveCount(2);
  await expect(records.nth(0)).toContainText('ezvcard-John_Doe_GMAIL.vcf');
  await expect(records.nth(0)).toContainText('john.doe@ibm.com');
  await expect(records.nth(1)).toContainText('ezvcard-John_Doe_MS_OUTLOOK.vcf');
  await expect(records.nth(1)).toContainText('john.doe@ibm.cm');

  await forEachLook(page, async (look) => {
    await expect(groups.first()).toBeVisible();
    await page.screenshot({ path: join(shots, `people-duplicates-${look}.png`) });
  });
  await page.setViewportSize({ width: 1440, height: 900 });

  // From the keyboard: keep the second record (2), merge (m); the banner undoes it.
  await page.getByTestId('duplicates-list').focus();
  await page.keyboard.press('2');
  await expect(records.nth(1)).toContainText('Keeping this one');
  await page.keyboard.press('m');
  await expect(page.getByTestId('merge-undo')).toContainText('into Mr. John Richter James Doe Sr.');
  await expect(page.getByTestId('duplicates-empty')).toBeVisible();
  await page.getByTestId('merge-undo').getByRole('button', { name: 'Undo' }).click();
  await expect(groups).toHaveCount(1);

  // Merged again with the button (the record chosen to keep is still chosen), then undone from the person's page.
  await groups.first().getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(page.getByTestId('duplicates-empty')).toBeVisible();
  await page.getByTestId('people-contacts-tab').click();
  await expect(view).toContainText('1,582 contacts');
  await page.getByLabel('Search contacts').fill('john doe');
  await expect(page.getByTestId('person-row')).toHaveCount(1);
  await page.getByTestId('person-row').first().click();
  const pane = page.getByTestId('person-pane');
  await expect(pane).toContainText('ezvcard-John_Doe_GMAIL.vcf, ezvcard-John_Doe_MS_OUTLOOK.vcf');
  await expect(pane.getByTestId('person-merged')).toContainText(
    'Merged from Mr. John Richter, James Doe Sr.',
  );
  await page.screenshot({ path: join(shots, 'people-merged-person.png') });
  await pane.getByTestId('person-merged').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('person-row')).toHaveCount(2);
  await expect(view).toContainText('2 contacts');
});
