import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { forEachLook } from './looks';

const samples = join(process.cwd(), '..', 'shared', 'samples');
const shots = join('test-results', 'screenshots');

/** Pages in a PDF: pdfkit writes one "/Type /Page" object per page. */
const pdfPages = (bytes: Buffer) => (bytes.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (bytes: Buffer) => ({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) });

async function prospectPage(page: Page, url: string) {
  await page.goto(url);
  await page.getByTestId('new-workspace-name').fill('Brief pursuit');
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await page.getByTestId('import-button').first().click();
  await page.getByTestId('import-folder-input').setInputFiles(join(samples, 'x-archive', 'honestmvp-2020'));
  await page.getByTestId('import-start').click();
  await expect(page.getByTestId('import-summary')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Show accounts' }).click();
  await page.getByTestId('accounts-search').fill('PowrPterodactyl');
  const row = page.getByTestId('account-row').filter({ hasText: '@PowrPterodactyl' });
  await row.getByTestId('prospect-toggle').click();
  await page.getByTestId('sidebar').getByText('PowrPterodactyl', { exact: false }).first().click();
  await expect(page.getByTestId('prospect-header')).toContainText('PowrPterodactyl');
}

test('the graph is saved at a slide’s size: 1920×1080 under 3 MB, 3840×2160, and an SVG with title and legend', async ({
  page,
  app,
}) => {
  test.setTimeout(180_000);
  await prospectPage(page, app.url);
  const save = async (testId: string) => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
    return readFileSync((await download.path())!);
  };
  await expect(page.getByTestId('graph-export-png')).toBeEnabled({ timeout: 30_000 });
  await expect(page.getByTestId('graph-export-size')).toHaveValue('1080p');
  const hd = await save('graph-export-png');
  expect(pngSize(hd)).toEqual({ width: 1920, height: 1080 });
  expect(hd.length).toBeLessThan(3 * 1024 * 1024);
  console.log(`graph PNG at 1920x1080: ${hd.length} bytes`);
  writeFileSync(join(shots, 'graph-export-1080p.png'), hd);

  await page.getByTestId('graph-export-size').selectOption('4k');
  const uhd = await save('graph-export-png');
  expect(pngSize(uhd)).toEqual({ width: 3840, height: 2160 });
  console.log(`graph PNG at 3840x2160: ${uhd.length} bytes`);

  const svg = (await save('graph-export-svg')).toString('utf8');
  expect(svg).toContain('PowrPterodactyl');
  expect(svg).toContain('class="legend"');
});

test('the brief dialog offers sections and hiding people, shows the pages, and saves that brief', async ({
  page,
  app,
}) => {
  test.setTimeout(180_000);
  await prospectPage(page, app.url);

  await page.getByTestId('brief-export').click();
  const dialog = page.getByTestId('brief-dialog');
  const pages = dialog.getByTestId('brief-pages');
  await expect(pages).toHaveText(/^\d+ pages?$/, { timeout: 60_000 });
  const whole = Number((await pages.innerText()).split(' ')[0]);
  await expect(dialog.getByRole('checkbox', { name: 'Who they are' })).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: /@HonestMvp/ })).toBeVisible();
  await forEachLook(page, async (look) => {
    await page.screenshot({ path: join(shots, `brief-dialog-${look}.png`) });
  });

  for (const name of [
    'What they focus on',
    'When they are active',
    'Where their audience is',
    'To what extent',
  ])
    await dialog.getByRole('checkbox', { name: new RegExp(name) }).uncheck();
  await dialog.getByRole('checkbox', { name: /@HonestMvp/ }).check();
  await expect(pages).toHaveText(/^\d+ pages?$/, { timeout: 60_000 });
  const shorter = Number((await pages.innerText()).split(' ')[0]);
  expect(shorter).toBeLessThan(whole);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByTestId('brief-save').click(),
  ]);
  const pdf = readFileSync((await download.path())!);
  expect(pdfPages(pdf)).toBe(shorter);
  await expect(page.getByRole('status').filter({ hasText: `(${shorter} page` })).toBeVisible();
});
