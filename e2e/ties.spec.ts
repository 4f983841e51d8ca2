import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { ImportRecord } from '../main/importers/records';
import { fixtureWorld, personRecord as person, xAccount as x } from '../main/test-support/fixture-world';
import { seedTiesMail } from '../main/test-support/ties-mail';
import { expect, test } from './fixtures';
import { forEachLook } from './looks';
import { openProspect, openWorkspace } from './open-workspace';

const shots = join('test-results', 'screenshots');

const mailSamples = join(process.cwd(), '..', 'shared', 'samples', 'mail', 'mbox');

const prospect = x('9', 'acme_ceo');

/** Dana, a customer; Evan, a colleague: both know the prospect the same way (a mutual follow). */
const records: ImportRecord[] = [
  person('me', 'Me', 'me', x('1', 'me_myself')),
  person('dana@client.com', 'Dana Lee', 'customer', x('2', 'dana')),
  person('evan@old.com', 'Evan Ode', 'colleague', x('3', 'evan')),
  { type: 'account', key: prospect, name: 'Ada Acme', bio: 'CEO at Acme' },
  { type: 'follow', follower: x('2', 'dana'), followee: prospect },
  { type: 'follow', follower: prospect, followee: x('2', 'dana') },
  { type: 'follow', follower: x('3', 'evan'), followee: prospect },
  { type: 'follow', follower: prospect, followee: x('3', 'evan') },
];

async function openPerson(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'People' }).click();
  await page.getByLabel('Search contacts').fill(name);
  const rows = page.getByTestId('person-row');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(name);
  await rows.first().click();
  await expect(page.getByTestId('person-pane')).toContainText(name);
}

test('Ties from mail: the person page shows the evidence, and the path through the frequent correspondent ranks first', async ({
  page,
  app,
}) => {
  test.setTimeout(240_000);
  const { api, core } = await fixtureWorld(() => app.workspacesDir, records);
  // The mail is written as the mail import writes it (seeded through the ingest's repository).
  seedTiesMail(core.session.require().db, { frequent: 'dana@client.com', stale: 'evan@old.com' });
  await api.prospects.add({ accountId: (await api.accounts.find({ ref: '@acme_ceo' }))!.id });
  const file = (await api.workspace.current())!.path;
  core.close();

  await openWorkspace(page, app.url, file);
  await openPerson(page, 'Dana Lee');
  const tie = page.getByTestId('person-tie');
  await expect(page.getByTestId('person-tie-evidence')).toHaveText(
    '40 e-mails both ways, last 7 days ago; you wrote first in 2026',
  );
  await expect(page.getByTestId('person-tie-introduced')).toContainText(
    'Introduced by Zoe Hub <zoe@hub.com>',
  );
  await expect(tie.getByRole('img')).toHaveAttribute(
    'aria-label',
    /^Messages and meetings per month, .*: 40 in all/,
  );
  const danaScore = Number(await page.getByTestId('person-tie-score').locator('strong').textContent());
  expect(danaScore).toBeGreaterThan(80);

  await forEachLook(page, async (look) => {
    await expect(tie).toBeVisible();
    await page.screenshot({ path: join(shots, `ties-person-${look}.png`) });
  });
  await page.setViewportSize({ width: 1440, height: 900 });

  await openPerson(page, 'Evan Ode');
  await expect(page.getByTestId('person-tie-evidence')).toHaveText(
    '10 e-mails from you, none back, last in September 2019; you wrote first in 2019',
  );
  await expect(page.getByTestId('person-tie-introduced')).toContainText('Nobody, as far as the mail says');

  // The colleague starts weaker than the customer now: the path through Dana ranks first.
  await openProspect(page, 'acme_ceo');
  const cards = page.getByTestId('path-card');
  await expect(cards).toHaveCount(2);
  await expect(cards.first()).toContainText('Dana Lee');
  await expect(cards.nth(1)).toContainText('Evan Ode');
  await forEachLook(page, async (look) => {
    await expect(cards.first()).toBeVisible();
    await page.screenshot({ path: join(shots, `ties-paths-${look}.png`) });
  });
  await page.setViewportSize({ width: 1440, height: 900 });

  // The user knows Evan better than the mail says: their own score puts him first again.
  await page.emulateMedia({ colorScheme: 'light' });
  await openPerson(page, 'Evan Ode');
  await page.getByRole('button', { name: 'Set your own score…' }).click();
  await page.getByTestId('person-tie-input').fill('100');
  await page.getByTestId('person-tie-why').fill('We built the first product together');
  await page.getByRole('button', { name: 'Save score' }).click();
  await expect(page.getByTestId('person-tie-score')).toContainText('100 / 100');
  await expect(page.getByTestId('person-tie-score')).toContainText('your score; computed');
  await expect(page.getByTestId('person-tie')).toContainText('We built the first product together');
  await page.screenshot({ path: join(shots, 'ties-override-1440-light.png') });
  await openProspect(page, 'acme_ceo');
  await expect(cards.first()).toContainText('Evan Ode');
});

test('Ties from a real mailbox imported in the app: a correspondent’s evidence and the path that uses it', async ({
  page,
  app,
}) => {
  test.setTimeout(240_000);
  // perl-mail-box-1999-2000.mbox: Mark Overmeer (markov@ATComputing.nl) wrote with Cristy both ways in June 2000.
  const { api, core } = await fixtureWorld(
    () => app.workspacesDir,
    [
      person('me', 'Mark Overmeer', 'me', x('1', 'markov')),
      {
        ...person('cristy@mystic.es.dupont.com', 'Cristy', 'customer', x('2', 'cristy')),
        email: 'cristy@mystic.es.dupont.com',
      } as ImportRecord,
      { type: 'account', key: prospect, name: 'Ada Acme', bio: 'CEO at Acme' },
      { type: 'follow', follower: x('2', 'cristy'), followee: prospect },
      { type: 'follow', follower: prospect, followee: x('2', 'cristy') },
    ],
  );
  await api.prospects.add({ accountId: (await api.accounts.find({ ref: '@acme_ceo' }))!.id });
  const file = (await api.workspace.current())!.path;
  core.close();

  await openWorkspace(page, app.url, file);
  await page.getByTestId('import-button').first().click();
  await page
    .getByTestId('import-files-input')
    .setInputFiles(join(mailSamples, 'perl-mail-box-1999-2000.mbox'));
  const mailbox = page.getByTestId('import-item');
  await expect(mailbox).toContainText('Mailbox (mbox), headers only');
  await expect(mailbox.getByRole('textbox', { name: 'Your own addresses' })).toHaveValue(
    /markov@atcomputing\.nl/i,
  );
  await page.getByTestId('import-start').click();
  await expect(page.getByTestId('import-kept')).toContainText('Kept: ', { timeout: 60_000 });
  await page.keyboard.press('Escape');

  await openPerson(page, 'Cristy');
  await expect(page.getByTestId('person-tie-evidence')).toHaveText(
    '8 e-mails both ways, last in June 2000; you wrote first in 2000',
  );
  // Old mail: the sparkline ends at the last message, not at today.
  await expect(page.getByTestId('person-tie').getByRole('img')).toHaveAttribute(
    'aria-label',
    /to June 2000: 8 in all, most in June 2000 \(8\)\.$/,
  );
  await forEachLook(page, async (look) => {
    await expect(page.getByTestId('person-tie')).toBeVisible();
    await page.screenshot({ path: join(shots, `ties-mailbox-person-${look}.png`) });
  });
  await page.setViewportSize({ width: 1440, height: 900 });
  await openProspect(page, 'acme_ceo');
  await expect(page.getByTestId('path-card').first()).toContainText('Cristy');
});
