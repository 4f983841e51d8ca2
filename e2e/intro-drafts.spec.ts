import { join } from 'node:path';
import type { ImportRecord } from '../main/importers/records';
import { fixtureWorld, xAccount as x } from '../main/test-support/fixture-world';
import { expect, test } from './fixtures';
import { forEachLook } from './looks';
import { openProspect, openWorkspace } from './open-workspace';

const shots = join('test-results', 'screenshots');

const maria = x('2', 'mgomez');
const dana = x('3', 'dana_lee');
const bridge = x('4', 'bo_bridge');
const prospect = x('9', 'acme_ceo');
const post = (id: string, text: string, tags: string[]): ImportRecord => ({
  type: 'post',
  network: 'x',
  id,
  author: prospect,
  text,
  kind: 'post',
  tags,
  createdAt: `2026-0${(Number(id) % 9) + 1}-02T10:00:00.000Z`,
});

/** A customer the prospect follows, a colleague two steps away, and what the prospect posts about. */
const records: ImportRecord[] = [
  {
    type: 'person',
    sourceKey: 'me',
    displayName: 'Sam Seller',
    relationship: 'me',
    accounts: [{ key: x('1', 'sam_seller'), status: 'confirmed', evidence: 'archive' }],
  },
  {
    type: 'person',
    sourceKey: 'maria@acme-logistics.example',
    displayName: 'Maria Gomez',
    relationship: 'customer',
    accounts: [{ key: maria, status: 'confirmed', evidence: 'LinkedIn' }],
  },
  {
    type: 'person',
    sourceKey: 'dana@ourco.example',
    displayName: 'Dana Lee',
    relationship: 'colleague',
    accounts: [{ key: dana, status: 'confirmed', evidence: 'vCard' }],
  },
  { type: 'account', key: prospect, name: 'Pat Acme', bio: 'CEO at Acme Logistics' },
  { type: 'account', key: maria, name: 'Maria Gomez' },
  { type: 'account', key: bridge, name: 'Bo Bridge' },
  { type: 'follow', follower: prospect, followee: maria },
  { type: 'follow', follower: dana, followee: bridge },
  { type: 'follow', follower: bridge, followee: dana },
  { type: 'follow', follower: prospect, followee: bridge },
  post('101', 'Peak season again #supplychain', ['supplychain']),
  post('102', 'What we learned about #supplychain resilience', ['supplychain']),
  post('103', 'Routing is a people problem #routing', ['routing']),
];

test('the drafts use what you keep about your customer, each fact with its source', async ({ page, app }) => {
  const { api, core } = await fixtureWorld(() => app.workspacesDir, records);
  const prospectId = (await api.accounts.find({ ref: '@acme_ceo' }))!.id;
  await api.prospects.add({ accountId: prospectId });
  const mariaId = (await api.people.links({ status: 'confirmed' })).find(
    (l) => l.handle === 'mgomez',
  )!.personId;
  core.session.require().personFacts.update(mariaId, {
    customerSince: '2021-05-03',
    did: 'cut their empty truck miles by a fifth',
    says: 'The planning finally matches the road',
  });
  const file = (await api.workspace.current())!.path;
  core.close();

  await openWorkspace(page, app.url, file);
  await openProspect(page, 'acme_ceo');

  const card = page.getByTestId('path-card').filter({ hasText: 'Maria Gomez' }).first();
  await card.getByRole('button', { name: /Draft introduction/ }).click();
  const dialog = page.getByTestId('intro-dialog');
  await expect(dialog).toBeVisible();
  await expect(page.getByTestId('intro-draft-tab')).toHaveCount(3);
  const body = page.getByTestId('intro-draft-body');
  await expect(body).toHaveValue(
    /Maria Gomez, whom you follow on X, has worked with us since 2021\. We cut their empty truck miles by a fifth\. In their words: “The planning finally matches the road”\./,
  );
  await expect(page.getByTestId('intro-facts')).toContainText('@acme_ceo follows @mgomez');
  await expect(page.getByTestId('intro-facts')).toContainText(
    'Maria Gomez in People, “what we did for them”',
  );
  await expect(page.getByTestId('intro-placeholders')).toContainText('[what you would like to talk about]');

  await forEachLook(page, async (look) => {
    await page.getByTestId('intro-draft-tab').nth(0).click();
    await page.screenshot({ path: join(shots, `intro-drafts-bandwagon-${look}.png`) });
    await page.getByTestId('intro-draft-tab').nth(2).click();
    await page.screenshot({ path: join(shots, `intro-drafts-their-note-${look}.png`) });
  });
  await page.getByTestId('intro-draft-tab').nth(2).click();
  await expect(body).toHaveValue(
    /I would like to introduce Sam Seller; we have worked with them since 2021\./,
  );
  await page.keyboard.press('Escape');

  // A longer path, through the colleague: the note to forward names the bridge and the prospect.
  const viaDana = page.getByTestId('path-card').filter({ hasText: 'Dana Lee' }).first();
  await viaDana.getByRole('button', { name: /Draft introduction/ }).click();
  await expect(page.getByTestId('intro-draft-tab')).toHaveCount(2);
  await page.getByTestId('intro-draft-tab').nth(1).click();
  await expect(body).toHaveValue(/^Hi Bo Bridge,/);
  await expect(body).toHaveValue(
    /Sam Seller would like to meet Pat Acme \(@acme_ceo\)\. Pat Acme follows you on X\./,
  );
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.screenshot({ path: join(shots, 'intro-drafts-forwardable-1440-light.png') });
});
