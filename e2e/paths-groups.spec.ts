import { join } from 'node:path';
import type { ImportRecord } from '../main/importers/records';
import { fixtureWorld, personRecord as person, xAccount as x } from '../main/test-support/fixture-world';
import { samplePath } from '../main/test-support/samples';
import { expect, test } from './fixtures';
import { forEachLook } from './looks';
import { openProspect, openWorkspace } from './open-workspace';

const shots = join('test-results', 'screenshots');

const me = x('1', 'me_myself');
const prospect = x('9', 'cb_partnerships');

/** Me (a cold way in), a colleague with a warm one, a customer the prospect follows, one with no follows. */
const records: ImportRecord[] = [
  person('me', 'Me', 'me', me),
  person('dana@corp', 'Dana Lee', 'colleague', x('2', 'dana')),
  person('cal@client', 'Cal Two', 'customer', x('3', 'cal')),
  person('lone@corp', 'Lone Wolf', 'colleague', x('4', 'lone_wolf')),
  {
    type: 'account',
    key: prospect,
    name: 'Casey Brook',
    bio: 'VP Partnerships at Chartboost. Opinions mine.',
  },
  { type: 'follow', follower: me, followee: x('5', 'bridge') },
  { type: 'follow', follower: x('5', 'bridge'), followee: prospect },
  { type: 'follow', follower: x('2', 'dana'), followee: x('6', 'friend') },
  { type: 'follow', follower: x('6', 'friend'), followee: x('2', 'dana') },
  { type: 'follow', follower: prospect, followee: x('6', 'friend') },
  { type: 'follow', follower: prospect, followee: x('3', 'cal') },
];

test('All the ways in by person, and your people at the prospect’s organisation (real LinkedIn sample)', async ({
  page,
  app,
}) => {
  test.setTimeout(180_000);
  const { api, core } = await fixtureWorld(() => app.workspacesDir, records);
  await api.import.run({
    path: samplePath('contacts', 'linkedin', 'Connections-2024-JasonToups.csv'),
    relationship: 'colleague',
  });
  const target = await api.accounts.find({ ref: '@cb_partnerships' });
  await api.prospects.add({ accountId: target!.id });
  const file = (await api.workspace.current())!.path;
  core.close();

  await openWorkspace(page, app.url, file);
  await openProspect(page, 'cb_partnerships');

  const org = page.getByTestId('org-people');
  await expect(org).toContainText('Your people at Chartboost');
  await expect(org.getByRole('listitem')).toHaveCount(14);
  await page.getByRole('button', { name: 'By person' }).click();
  const groups = page.getByTestId('people-group');
  await expect(groups).toHaveCount(4);
  await expect(groups.first()).toContainText('Cal Two');
  await expect(groups.last()).toContainText('No follows of @lone_wolf are imported');
  await expect(page.getByTestId('people-groups')).toContainText('1,581 of your people are not linked');

  await forEachLook(page, async (look) => {
    await expect(groups.first()).toBeVisible();
    await page.screenshot({ path: join(shots, `paths-groups-${look}.png`) });
  });

  await page.getByLabel('Relationship').selectOption('customer');
  await expect(groups).toHaveCount(1);
  await expect(groups.first()).toContainText('Cal Two');
});
