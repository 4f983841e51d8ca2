import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { ImportRecord } from '../main/importers/records';
import { fixtureWorld, personRecord as person, xAccount as x } from '../main/test-support/fixture-world';
import { expect, test } from './fixtures';
import { openProspect, openWorkspace } from './open-workspace';

const prospect = x('9', 'cb_partnerships');
const records: ImportRecord[] = [
  person('me', 'Me', 'me', x('1', 'me_myself')),
  person('dana@corp', 'Dana Lee', 'colleague', x('2', 'dana')),
  { type: 'account', key: prospect, name: 'Casey Brook', bio: 'VP Partnerships at Chartboost.' },
  { type: 'follow', follower: x('1', 'me_myself'), followee: x('5', 'bridge') },
  { type: 'follow', follower: x('5', 'bridge'), followee: prospect },
  { type: 'follow', follower: x('2', 'dana'), followee: prospect },
  { type: 'follow', follower: prospect, followee: x('2', 'dana') },
];

/** The serious and critical problems axe-core finds on the page as it is now, one line each. */
async function problems(page: Page, screen: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${screen}: ${violation.id} (${violation.impact}) ${violation.help} — ${violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(' '))
          .join(' | ')}`,
    );
}

for (const scheme of ['light', 'dark'] as const) {
  test(`every main screen has no serious or critical accessibility problem (${scheme})`, async ({
    page,
    app,
  }) => {
    test.setTimeout(240_000);
    await page.emulateMedia({ colorScheme: scheme });
    const found: string[] = [];
    const check = async (screen: string) => found.push(...(await problems(page, screen)));

    const { api, core } = await fixtureWorld(() => app.workspacesDir, records);
    const target = await api.accounts.find({ ref: '@cb_partnerships' });
    await api.prospects.add({ accountId: target!.id });
    await api.searches.save({ name: 'Partnership talk', query: 'partnerships' });
    const file = (await api.workspace.current())!.path;
    core.close();

    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(app.url);
    await expect(page.getByTestId('start-screen')).toBeVisible();
    await check('start');

    await openWorkspace(page, app.url, file);
    await expect(page.getByTestId('workspace-view')).toBeVisible();
    await check('workspace overview');

    await openProspect(page, 'cb_partnerships');
    await expect(page.getByTestId('path-card').first()).toBeVisible();
    await check('prospect: inside track, notes');
    for (const section of ['Focus', 'Following', 'Followers', 'Changes']) {
      await page.getByRole('tab', { name: section }).click();
      await page.waitForLoadState('networkidle');
      await check(`prospect: ${section}`);
    }

    for (const view of ['Accounts', 'People', 'Search', 'Imports']) {
      await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: view }).click();
      await page.waitForLoadState('networkidle');
      await check(view);
    }

    await page.getByRole('menuitem', { name: 'File' }).click();
    await check('File menu');
    await page.keyboard.press('Escape');

    await page.keyboard.press('Control+K');
    await expect(page.getByTestId('command-palette')).toBeVisible();
    await check('command palette');
    await page.keyboard.press('Escape');

    await page.getByTestId('import-button').click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await check('import dialog');
    await page.keyboard.press('Escape');

    await page.getByRole('menuitem', { name: 'Help' }).click();
    await page.getByRole('menuitem', { name: /About/ }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await check('about dialog');
    await page.keyboard.press('Escape');

    await page.setViewportSize({ width: 1024, height: 700 });
    await page.getByRole('button', { name: 'Show notes' }).click();
    await check('notes over the page (1024×700)');

    expect(found, found.join('\n')).toEqual([]);
  });
}

/** The few browser names the focus check uses (the e2e specs compile without the DOM's types). */
interface FocusElement {
  tagName: string;
  className: unknown;
  parentElement: FocusElement | null;
  getAttribute(name: string): string | null;
}
interface FocusGlobals {
  document: { activeElement: FocusElement | null };
  getComputedStyle(
    element: FocusElement,
    pseudo?: string,
  ): { outlineStyle: string; outlineWidth: string; boxShadow: string; backgroundColor: string };
}

/** Whether the focused element shows that it has focus, and what it is. */
const focusRing = () => {
  const { document, getComputedStyle } = globalThis as unknown as FocusGlobals;
  const element = document.activeElement;
  if (!element || element.tagName === 'BODY') return null;
  const style = getComputedStyle(element);
  // A ring on the element, a bar drawn by its ::after (splitters), or an inset ring on the
  // box around it (the notes editor's :focus-within).
  let around = element.parentElement;
  let insetRing = false;
  for (let level = 0; level < 3 && around; level++, around = around.parentElement) {
    if (getComputedStyle(around).boxShadow.includes('inset')) insetRing = true;
  }
  const ring =
    (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) ||
    style.boxShadow !== 'none' ||
    getComputedStyle(element, '::after').backgroundColor !== 'rgba(0, 0, 0, 0)' ||
    insetRing;
  const name = element.getAttribute('aria-label') ?? element.getAttribute('data-testid') ?? '';
  return { ring, what: `${element.tagName.toLowerCase()}.${String(element.className)} ${name}` };
};

test('focus is visible on everything Tab reaches on the prospect page', async ({ page, app }) => {
  test.setTimeout(120_000);
  const { api, core } = await fixtureWorld(() => app.workspacesDir, records);
  const target = await api.accounts.find({ ref: '@cb_partnerships' });
  await api.prospects.add({ accountId: target!.id });
  const file = (await api.workspace.current())!.path;
  core.close();
  await openWorkspace(page, app.url, file);
  await openProspect(page, 'cb_partnerships');
  await expect(page.getByTestId('path-card').first()).toBeVisible();

  const unseen = new Set<string>();
  for (let step = 0; step < 60; step++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(focusRing);
    // A ring that fades in (the splitter's) is waited for rather than read mid-transition.
    if (focus && !focus.ring) {
      await expect
        .poll(() => page.evaluate(focusRing), { timeout: 2_000 })
        .toMatchObject({ ring: true })
        .catch(() => unseen.add(focus.what));
    }
  }
  expect([...unseen], [...unseen].join('\n')).toEqual([]);
});
