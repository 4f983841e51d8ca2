import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
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

test('import an X archive folder: review, progress, summary, then the accounts list and a prospect', async ({
  page,
  app,
}) => {
  await newWorkspace(page, app.url, 'Import pursuit');
  await page.getByTestId('import-button').first().click();
  await page.getByTestId('import-folder-input').setInputFiles(join(samples, 'x-archive', 'honestmvp-2020'));

  const item = page.getByTestId('import-item');
  await expect(item).toContainText('X archive');
  await expect(item).toContainText('@HonestMvp');
  await page.screenshot({ path: join(shots, 'import-review.png') });
  await page.getByTestId('import-start').click();

  const summary = page.getByTestId('import-summary');
  await expect(summary).toBeVisible({ timeout: 30_000 });
  // honestmvp-2020: 1,180 followers and 1,046 following, 2,226 edges (counted in the reader's tests).
  await expect(summary).toContainText('2,226 follows');
  await page.screenshot({ path: join(shots, 'import-summary.png') });

  await page.getByRole('button', { name: 'Show accounts' }).click();
  await expect(page.getByTestId('accounts-view')).toBeVisible();
  const rows = page.getByTestId('account-row');
  await expect(rows.first()).toBeVisible();
  await page.getByTestId('accounts-search').fill('HonestMvp');
  await expect(rows).toHaveCount(1);
  await rows.first().getByTestId('prospect-toggle').click();
  await expect(page.getByTestId('sidebar')).toContainText('HonestMvp');
  await page.screenshot({ path: join(shots, 'accounts-after-import.png') });
});

test('a damaged archive is refused with the file and record named, and nothing changes', async ({
  page,
  app,
}) => {
  const broken = join(app.workspacesDir, 'broken-archive');
  cpSync(join(samples, 'x-archive', 'denchi-2020'), broken, { recursive: true });
  const tweets = readFileSync(join(broken, 'tweet.js'));
  writeFileSync(join(broken, 'tweet.js'), tweets.subarray(0, Math.floor(tweets.length / 2)));

  await newWorkspace(page, app.url, 'Careful pursuit');
  const accounts = page.getByTestId('figure-accounts');
  await expect(accounts).toContainText('0');
  await page.getByTestId('import-button').first().click();
  await page.getByTestId('import-folder-input').setInputFiles(broken);
  await expect(page.getByTestId('import-item')).toContainText('X archive');
  await page.getByTestId('import-start').click();
  const summary = page.getByTestId('import-summary');
  await expect(summary).toBeVisible({ timeout: 30_000 });
  await expect(summary).toContainText(/tweet\.js.*record \d+/);
  await page.screenshot({ path: join(shots, 'import-refused.png') });
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(accounts).toContainText('0');
});

test('a CSV from any tool is imported through a column mapping the user can fix', async ({ page, app }) => {
  const csv = join(app.workspacesDir, 'people.csv');
  writeFileSync(
    csv,
    'screen_name,display name,bio text,follower count\ndana,Dana Lee,CMO at Acme,1200\nbo,Bo Bridge,Founder,300\n',
  );
  await newWorkspace(page, app.url, 'Mapped pursuit');
  await page.getByTestId('import-button').first().click();
  await page.getByTestId('import-files-input').setInputFiles(csv);
  const mapping = page.getByTestId('column-mapping');
  await expect(mapping).toBeVisible();
  await expect(page.getByTestId('mapping-field-handle')).toHaveValue('screen_name');
  await page.getByTestId('mapping-field-bio').selectOption('bio text');
  await page.screenshot({ path: join(shots, 'import-mapping.png') });
  await page.getByTestId('import-start').click();
  await expect(page.getByTestId('import-summary')).toContainText('2 accounts', { timeout: 30_000 });
  await page.getByRole('button', { name: 'Show accounts' }).click();
  await page.getByTestId('accounts-search').fill('dana');
  await expect(page.getByTestId('account-row').filter({ hasText: '@dana' })).toContainText(/Dana Lee.*1,200/);
});

test('a Mastodon .tar.gz export imports as it comes, and a lone likes file asks whose likes', async ({
  page,
  app,
}) => {
  // Mastodon hands out its export as a .tar.gz: pack a real sample the same way.
  const archive = join(app.workspacesDir, 'archive-20240301123456-dealingwith.tar.gz');
  execFileSync('tar', ['-czf', archive, '-C', join(samples, 'mastodon', 'dealingwith-2024'), '.']);
  await newWorkspace(page, app.url, 'Fediverse pursuit');
  await page.getByTestId('import-button').first().click();
  await page.getByTestId('import-files-input').setInputFiles(archive);
  await expect(page.getByTestId('import-item')).toContainText('Mastodon archive');
  await expect(page.getByTestId('import-item')).toContainText('.tar.gz archive');
  await page.getByTestId('import-start').click();
  await expect(page.getByTestId('import-summary')).toContainText(/Added .*likes/, { timeout: 30_000 });
  await page.getByRole('button', { name: 'Import more…' }).click();

  await page.getByTestId('import-folder-input').setInputFiles(join(samples, 'mastodon', 'hikurry-2022'));
  await expect(page.getByText('Whose likes are these?')).toBeVisible();
  await expect(page.getByTestId('import-start')).toBeDisabled();
  await page.getByPlaceholder('@handle').fill('@hikurry@mastodon.social');
  await page.getByTestId('import-start').click();
  await expect(page.getByTestId('import-summary')).toContainText('498 likes', { timeout: 30_000 });
});

/** A real `twarc2 following` page: one line, saved as .json, its owner only in __twarc.url. */
function twarcPage(dir: string, name: string, ownerId: string, list: 'followers' | 'following') {
  const users = [
    { id: '101', username: 'ann_rivera', name: 'Ann Rivera' },
    { id: '102', username: 'ben_okafor', name: 'Ben Okafor' },
  ];
  const path = join(dir, name);
  const url = `https://api.twitter.com/2/users/${ownerId}/${list}?max_results=1000`;
  writeFileSync(path, `${JSON.stringify({ data: users, __twarc: { url, version: '2.10.0' } })}\n`);
  return path;
}

test('whose list is it: the review asks who account id 12345 is, and an unnamed owner is named later', async ({
  page,
  app,
}) => {
  test.setTimeout(180_000); // four imports and eight pictures on a shared machine
  // Dana is known by her handle only (a CSV of handles), as many of the user's accounts are.
  const csv = join(app.workspacesDir, 'handles.csv');
  writeFileSync(csv, 'screen_name,display name\ndana_lee,Dana Lee\nbo,Bo Bridge\n');
  // Dana Smith comes with her own X id: she cannot be account id 12345.
  const lookup = join(app.workspacesDir, 'dana_smith.jsonl');
  const smith = { id: '555', username: 'dana_smith', name: 'Dana Smith' };
  writeFileSync(
    lookup,
    `${JSON.stringify({ data: [smith], __twarc: { url: 'https://api.twitter.com/2/users/by' } })}\n`,
  );
  await newWorkspace(page, app.url, 'Whose list pursuit');
  await page.getByTestId('import-button').first().click();
  await page.getByTestId('import-files-input').setInputFiles([csv, lookup]);
  await expect(page.getByTestId('mapping-field-handle')).toHaveValue('screen_name');
  await page.getByTestId('import-start').click();
  await expect(page.getByTestId('import-summary')).toContainText('2 accounts', { timeout: 30_000 });
  await page.getByRole('button', { name: 'Import more…' }).click();

  await page
    .getByTestId('import-files-input')
    .setInputFiles(twarcPage(app.workspacesDir, 'following.json', '12345', 'following'));
  const question = page.getByTestId('owner-question');
  await expect(question).toContainText('This is the following list of account id 12345; whose is it?');
  await expect(question).toContainText('Leave it empty to keep it as “X account id 12345 (name unknown)”');
  await question.getByRole('textbox').fill('dana');
  const match = question.getByRole('button', { name: /Dana Lee/ });
  await expect(match).toBeVisible();
  await expect(question.getByRole('button', { name: /Dana Smith/ })).toBeDisabled();
  await expect(question).toContainText('another account, id 555');
  await forEachLook(page, async (look) => {
    await page.screenshot({ path: join(shots, `import-whose-list-${look}.png`) });
  });
  await page.emulateMedia({ colorScheme: 'light' });
  await match.click();
  await expect(question.getByRole('textbox')).toHaveValue('@dana_lee');
  await expect(question).toContainText('This list will be recorded as @dana_lee’s (account id 12345).');
  await page.getByTestId('import-start').click();
  // Dana's own row takes the list: only Ann and Ben are new.
  await expect(page.getByTestId('import-summary')).toContainText('2 accounts and 2 follows', {
    timeout: 30_000,
  });

  // Skipped, the owner is kept under a name that says what it is, and can be named in Accounts.
  await page.getByRole('button', { name: 'Import more…' }).click();
  await page
    .getByTestId('import-files-input')
    .setInputFiles(twarcPage(app.workspacesDir, 'followers.json', '67890', 'followers'));
  await expect(page.getByTestId('owner-question')).toContainText('followers list of account id 67890');
  await page.getByTestId('import-start').click();
  await expect(page.getByTestId('import-summary')).toContainText('until you name it', { timeout: 30_000 });
  await page.getByRole('button', { name: 'Show accounts' }).click();
  await page.getByTestId('accounts-search').fill('67890');
  const unnamed = page.getByTestId('account-row').filter({ hasText: 'X account id 67890 (name unknown)' });
  await expect(unnamed).toHaveCount(1);
  await forEachLook(page, async (look) => {
    await page.screenshot({ path: join(shots, `accounts-unnamed-${look}.png`) });
  });
  await page.emulateMedia({ colorScheme: 'light' });
  await unnamed.getByTestId('name-account').click();
  const dialog = page.getByTestId('name-account-dialog');
  await dialog.getByRole('textbox').fill('@carol_ng');
  await page.screenshot({ path: join(shots, 'accounts-name-account.png') });
  await dialog.getByRole('button', { name: 'Name it' }).click();
  await expect(dialog).toBeHidden();
  await page.getByTestId('accounts-search').fill('carol_ng');
  await expect(page.getByTestId('account-row').filter({ hasText: '@carol_ng' })).toHaveCount(1);
  await page.getByTestId('accounts-search').fill('dana_lee');
  await expect(page.getByTestId('account-row')).toHaveCount(1);
});
