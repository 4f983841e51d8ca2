import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportRecord } from '../main/importers/records';
import { personRecord as person, xAccount as x } from '../main/test-support/fixture-world';
import { expect, test } from './fixtures';
import { forEachLook } from './looks';
import { openProspectWorld } from './sample-world';

const shots = join('test-results', 'screenshots');

const me = x('1', 'me_myself');
const prospect = x('9', 'cb_partnerships');
const maria = x('4', 'maria_fernanda_gomez_de_la_torre');
const longBridge = x('10', 'an_extremely_long_handle_for_a_bridge_account');

/** 300 accounts around the prospect, so the audience is big and the paths must still read clearly. */
function audience(count: number): ImportRecord[] {
  return Array.from({ length: count }, (_, i): ImportRecord[] => [
    {
      type: 'account',
      key: x(String(1000 + i), `fan_${i}`),
      name: `Fan number ${i}`,
      followersCount: 50 + i,
    },
    { type: 'follow', follower: x(String(1000 + i), `fan_${i}`), followee: prospect },
  ]).flat();
}

/** You (a cold way in), a colleague, a customer the prospect follows, a partner three steps away. */
const records: ImportRecord[] = [
  person('me', 'Me', 'me', me),
  person('dana@corp', 'Dana Lee', 'colleague', x('2', 'dana')),
  person('cal@client', 'Cal Two', 'customer', x('3', 'cal')),
  person('maria@partner', 'Maria Fernanda Gómez de la Torre y Álvarez', 'partner', maria),
  { type: 'account', key: prospect, name: 'Casey Brook', bio: 'VP Partnerships at Chartboost.' },
  { type: 'account', key: longBridge, name: 'A bridge whose display name is also far too long to draw' },
  { type: 'follow', follower: me, followee: x('5', 'bridge') },
  { type: 'follow', follower: x('5', 'bridge'), followee: prospect },
  { type: 'follow', follower: x('2', 'dana'), followee: x('6', 'friend') },
  { type: 'follow', follower: x('6', 'friend'), followee: x('2', 'dana') },
  { type: 'follow', follower: prospect, followee: x('6', 'friend') },
  { type: 'follow', follower: prospect, followee: x('3', 'cal') },
  { type: 'follow', follower: longBridge, followee: maria },
  { type: 'follow', follower: x('11', 'third_step'), followee: longBridge },
  { type: 'follow', follower: prospect, followee: x('11', 'third_step') },
  ...audience(300),
];

test('the path-first graph: read left to right, evidence on hover and focus, details beside it, exports with a title and legend', async ({
  page,
  app,
}) => {
  test.setTimeout(240_000);
  await openProspectWorld(page, app, records, { contactsAs: 'colleague', prospect: 'cb_partnerships' });

  // Path-first by default, with the 300-account audience one click away.
  const canvas = page.getByTestId('graph-canvas');
  await expect(canvas).toHaveAttribute('data-view', 'paths');
  await expect(canvas).toHaveAttribute('data-label-overlaps', '0');
  const legend = page.getByTestId('path-legend');
  for (const entry of [
    'You',
    'Your colleague',
    'Your customer',
    'Your partner',
    'Bridge',
    'Prospect',
    'Strong tie',
  ]) {
    await expect(legend).toContainText(entry);
  }
  await expect(legend).toContainText('Cold: they do not know the one before');
  const nodes = page.getByTestId('path-node');
  // You, Dana, Cal, Maria, the friend, the cold bridge, the two long steps, the prospect.
  await expect(nodes).toHaveCount(9);

  // The evidence of a hop shows on keyboard focus and is what the focused hop is described by.
  const cold = page.locator('[data-testid="path-hop"][aria-label$=", cold"]');
  await cold.first().focus();
  const tooltip = page.getByTestId('graph-tooltip');
  await expect(tooltip).toContainText('@me_myself follows @bridge');
  await expect(tooltip).toContainText('Cold: @bridge does not follow @me_myself');
  await expect(cold.first()).toHaveAttribute('aria-describedby', (await tooltip.getAttribute('id'))!);

  // …and on hover, over the line itself.
  await page.keyboard.press('Escape');
  await expect(tooltip).toHaveCount(0);
  const friendHop = page.locator('[data-testid="path-hop"][aria-label="Dana Lee → @friend"]');
  const box = (await friendHop.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await expect(tooltip).toContainText('@dana and @friend follow each other');
  await expect(tooltip).toContainText('Tie strength');

  // A long name is cut on the canvas and whole in the tooltip.
  const mariaNode = page.locator('[data-testid="path-node"][aria-label^="Maria Fernanda"]');
  const at = (await mariaNode.boundingBox())!;
  await page.mouse.move(at.x + at.width / 2, at.y + at.height / 2);
  await expect(tooltip).toContainText('Maria Fernanda Gómez de la Torre y Álvarez');

  // Details open beside the canvas, never over it; Escape from inside them closes them.
  await page.mouse.click(at.x + at.width / 2, at.y + at.height / 2);
  const details = page.getByTestId('node-details');
  await expect(details).toBeVisible();
  const panel = (await details.boundingBox())!;
  const drawing = (await canvas.boundingBox())!;
  // Beside the canvas, or under it when the graph is narrow and tall: never over it.
  const besideOrUnder = panel.x >= drawing.x + drawing.width - 1 || panel.y >= drawing.y + drawing.height - 1;
  expect(besideOrUnder).toBe(true);
  await expect(canvas).toHaveAttribute('data-label-overlaps', '0');
  await details.getByRole('button', { name: 'Close details' }).focus();
  await page.keyboard.press('Escape');
  await expect(details).toHaveCount(0);
  await expect(canvas).toBeFocused();

  // Keyboard: a person's stop opens their details.
  await page.locator('[data-testid="path-node"][aria-label^="Cal Two"]').focus();
  await page.keyboard.press('Enter');
  await expect(details).toContainText('Cal');

  await forEachLook(page, async (look) => {
    await expect(details).toBeVisible();
    await expect(canvas).toHaveAttribute('data-label-overlaps', '0');
    await page.locator('[data-testid="path-hop"][aria-label$=", cold"]').first().focus();
    await expect(tooltip).toBeVisible();
    await page.getByTestId('graph-view').screenshot({ path: join(shots, `path-graph-${look}.png`) });
    await page.screenshot({ path: join(shots, `path-graph-page-${look}.png`) });
  });

  // Exports of this view carry a title and the legend.
  await page.setViewportSize({ width: 1440, height: 900 });
  const svgDownload = page.waitForEvent('download');
  await page.getByTestId('graph-export-svg').click();
  const svgFile = await svgDownload;
  await svgFile.saveAs(join(shots, 'path-graph-export.svg'));
  const svg = readFileSync((await svgFile.path())!, 'utf8');
  expect(svg).toMatch(/Inside track to @cb_partnerships — \d{1,2} \w+ \d{4}<\/text>/);
  for (const entry of [
    'Your customer',
    'Strong tie (width = tie strength)',
    'Cold: they do not know the one before',
  ]) {
    expect(svg).toContain(`>${entry}</text>`);
  }
  expect(svg).toContain('>cold</text>');
  const pngDownload = page.waitForEvent('download');
  await page.getByTestId('graph-export-png').click();
  const png = await pngDownload;
  await png.saveAs(join(shots, 'path-graph-export.png'));
  expect(png.suggestedFilename()).toMatch(/^Inside track to @cb_partnerships .*\.png$/);
  expect(
    readFileSync((await png.path())!)
      .subarray(1, 4)
      .toString(),
  ).toBe('PNG');

  // The audience rings stay, as context.
  await page.getByTestId('graph-audience-toggle').click();
  await expect(canvas).toHaveAttribute('data-view', 'rings');
  await expect(page.getByTestId('graph-legend')).toBeVisible();
  await expect(page.locator('.graph-status')).toContainText('accounts drawn');
  await page.screenshot({ path: join(shots, 'path-graph-audience-rings.png') });
});
