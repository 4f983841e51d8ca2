import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { forEachLook } from './looks';

const samples = join(process.cwd(), '..', 'shared', 'samples');
const shots = join('test-results', 'screenshots');

/** A real X archive zipped and cut in half, as a download that stopped leaves it. */
function cutShortArchive(): string {
  const dir = mkdtempSync(join(tmpdir(), 'it-e2e-zip-'));
  const zip = join(dir, 'twitter-2020.zip');
  execFileSync('zip', ['-qr', zip, '.'], { cwd: join(samples, 'x-archive', 'honestmvp-2020') });
  const bytes = readFileSync(zip);
  writeFileSync(zip, bytes.subarray(0, Math.floor(bytes.length / 2)));
  return zip;
}

test('a ZIP cut short is refused in the user’s words, the library’s behind Details, no server path', async ({
  page,
  app,
}) => {
  const zip = cutShortArchive();
  await page.goto(app.url);
  await page.getByTestId('new-workspace-name').fill('Careful pursuit');
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await expect(page.getByTestId('workspace-view')).toBeVisible();
  await page.getByTestId('import-button').first().click();
  await page.getByTestId('import-files-input').setInputFiles(zip);

  const item = page.getByTestId('import-item');
  await expect(item).toContainText(
    'twitter-2020.zip is not a complete ZIP archive: it may have been cut short while downloading. Download it again.',
  );
  await expect(item.locator('.import-item-name')).toHaveText('twitter-2020.zip');
  const dialog = page.getByRole('dialog');
  // The whole dialog's markup, tooltips included.
  const shown = await dialog.evaluate((element) => element.outerHTML);
  expect(shown).not.toContain('uploads');
  expect(shown).not.toContain(app.dataDir);

  const details = item.getByTestId('import-problem-details');
  await expect(details.getByText(/central directory/i)).toBeHidden();
  await details.getByText('Details').click();
  await expect(details).toContainText(/End of central directory record signature not found/);
  await forEachLook(page, async (look) => {
    await page.screenshot({ path: join(shots, `errors-cut-zip-${look}.png`) });
  });
});
