import { join } from 'node:path';
import type { ImportRecord } from '../main/importers/records';
import { fixtureWorld, personRecord, xAccount as x } from '../main/test-support/fixture-world';
import { expect, test } from './fixtures';
import { forEachLook } from './looks';
import { openProspect, openWorkspace } from './open-workspace';

const shots = join('test-results', 'screenshots');
const ceo = x('12345', 'acme_ceo');

/** A prospect stating 3,400 followers of whom 300 are imported, and a colleague whose lists are not. */
const records: ImportRecord[] = [
  {
    type: 'account',
    key: ceo,
    name: 'Ada Acme',
    followersCount: 3400,
    followingCount: 420,
    postsCount: 5100,
  },
  { type: 'account', key: x('777', 'bobchen'), name: 'Bob Chen', followersCount: 900, followingCount: 2300 },
  ...Array.from({ length: 300 }, (_, i): ImportRecord => ({
    type: 'follow',
    follower: x(String(5000 + i), `follower${i}`),
    followee: ceo,
  })),
  personRecord('bob@example.com', 'Bob Chen', 'colleague', x('777', 'bobchen')),
];

test('Get the data: partial followers, the filled twarc2 command with its cost, and a copy button', async ({
  page,
  app,
}) => {
  const { api, core } = await fixtureWorld(() => app.workspacesDir, records);
  await api.prospects.add({ accountId: (await api.accounts.find({ ref: '@acme_ceo' }))!.id });
  const file = (await api.workspace.current())!.path;
  core.close();

  await openWorkspace(page, app.url, file);
  await openProspect(page, 'acme_ceo');
  await page.getByRole('tab', { name: 'Get the data' }).click();
  const section = page.getByTestId('gaps-section');
  await expect(section).toBeVisible();

  const followers = section.getByTestId('gaps-item-followers');
  await expect(followers).toContainText('300 of 3,400 followers imported (9%)');
  await expect(followers).toContainText('Partial');
  const way = followers.getByTestId('gaps-way-twarc2-followers');
  await expect(way.getByTestId('gaps-command')).toHaveText('twarc2 followers 12345 acme_ceo-followers.jsonl');
  await expect(way.getByTestId('gaps-cost')).toContainText('About $34.00 for 3,400 follower records');
  await expect(way.getByTestId('gaps-cost')).toContainText('as checked on 2026-12-03');
  await expect(
    way.getByRole('button', { name: 'Copy twarc2 followers 12345 acme_ceo-followers.jsonl' }),
  ).toBeVisible();

  const suggestions = section.getByTestId('gaps-suggestions');
  await expect(suggestions.locator('li').first()).toContainText(
    "@acme_ceo's followers list would let the app check 3,100 more accounts for a way in.",
  );
  await expect(suggestions).toContainText("Your colleague Bob Chen's following list (@bobchen)");

  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await way.getByRole('button', { name: /^Copy twarc2 followers/ }).click();
  await expect(way.getByRole('button', { name: /^Copy twarc2 followers/ })).toHaveText(
    /Copied|Select and copy/,
  );

  // The stale setting: a year makes nothing here stale, and the app keeps the choice.
  const stale = section.getByRole('combobox', { name: /stale after/ });
  await stale.selectOption('365');
  await expect(stale).toHaveValue('365');
  // Shown again (a new panel, no state of its own), it reads the setting from the core.
  await page.getByRole('tab', { name: 'Focus' }).click();
  await page.getByRole('tab', { name: 'Get the data' }).click();
  await expect(section.getByRole('combobox', { name: /stale after/ })).toHaveValue('365');

  await forEachLook(page, async (look) => {
    await section.evaluate((element) => element.scrollIntoView());
    await page.screenshot({ path: join(shots, `gaps-${look}.png`) });
    await followers.evaluate((element) => element.scrollIntoView());
    await page.screenshot({ path: join(shots, `gaps-followers-${look}.png`) });
  });
});
