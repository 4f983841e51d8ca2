import { join } from 'node:path';
import type { ImportRecord } from '../main/importers/records';
import { fixtureWorld, xAccount as x } from '../main/test-support/fixture-world';
import { samplePath } from '../main/test-support/samples';
import { expect, test } from './fixtures';
import { openProspect, openWorkspace } from './open-workspace';
import { linkAccountBySearch } from './link-account';

const shots = join('test-results', 'screenshots');

const me = x('1', 'sam_seller');
const rex = x('13', 'tutor_rex');
const prospect = x('9', 'acme_ceo');

/**
 * The prospect follows an X account that is, unknown to the app, one of the user's LinkedIn
 * customers. Nothing connects them until the user links the contact in People.
 */
const records: ImportRecord[] = [
  {
    type: 'person',
    sourceKey: 'me',
    displayName: 'Sam Seller',
    relationship: 'me',
    accounts: [{ key: me, status: 'confirmed', evidence: 'archive' }],
  },
  { type: 'account', key: prospect, name: 'Pat Acme', bio: 'CEO at Acme Logistics' },
  // Neither the name nor the bio lets matching tie this account to the contact: only the user knows.
  { type: 'account', key: rex, name: 'R.', bio: 'I teach online' },
  { type: 'follow', follower: prospect, followee: rex },
];

test('the inside track, end to end: link a contact by search, the path appears, the draft uses their facts', async ({
  page,
  app,
}) => {
  test.setTimeout(240_000);
  const { api, core } = await fixtureWorld(() => app.workspacesDir, records);
  await api.import.run({
    path: samplePath('contacts', 'linkedin', 'Connections-2024-JasonToups.csv'),
    relationship: 'customer',
  });
  await api.prospects.add({ accountId: (await api.accounts.find({ ref: '@acme_ceo' }))!.id });
  const file = (await api.workspace.current())!.path;
  core.close();

  await openWorkspace(page, app.url, file);

  // Before: the prospect follows @tutor_rex, but no person of yours is known to be behind it.
  const toProspect = () => openProspect(page, 'acme_ceo');
  await toProspect();
  await expect(page.getByTestId('paths-panel')).toBeVisible();
  await expect(page.getByTestId('path-card').filter({ hasText: 'Rex Carr' })).toHaveCount(0);

  // People: find the contact, say what you know of them, link the account by search.
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'People' }).click();
  await page.getByLabel('Search contacts').fill('superprof');
  const row = page.getByTestId('person-row').first();
  await expect(row).toContainText('Rex Carr');
  await row.click();
  await page.getByTestId('person-since').fill('2022-09-01');
  await page.getByTestId('person-did').fill('rebuilt their course catalogue');
  await page.getByTestId('person-says').fill('Enrolment doubled in a term');
  await expect(page.getByTestId('person-save-status')).toHaveText('Saved');
  await linkAccountBySearch(page, 'tutor', '@tutor_rex');

  // After: the path through the customer is on the prospect's page, without reopening anything.
  await toProspect();
  const card = page.getByTestId('path-card').filter({ hasText: 'Rex Carr' }).first();
  await expect(card).toBeVisible();
  await expect(card).toContainText('customer');
  await page.screenshot({ path: join(shots, 'flow-path-appears-1440-light.png') });

  // The bandwagon draft says what the user typed, and lists where each fact comes from.
  await card.getByRole('button', { name: /Draft introduction/ }).click();
  await expect(page.getByTestId('intro-dialog')).toBeVisible();
  const body = page.getByTestId('intro-draft-body');
  await expect(body).toHaveValue(/Rex Carr, whom you follow on X, has worked with us since 2022\./);
  await expect(body).toHaveValue(/We rebuilt their course catalogue\./);
  await expect(body).toHaveValue(/In their words: “Enrolment doubled in a term”\./);
  const facts = page.getByTestId('intro-facts');
  await expect(facts).toContainText('@acme_ceo follows @tutor_rex');
  await expect(facts).toContainText('Rex Carr in People, “what we did for them”');
  // Nothing the user did not say: no invented reading habits.
  await expect(body).not.toHaveValue(/following your posts/);
  await page.screenshot({ path: join(shots, 'flow-draft-1440-light.png') });
});
