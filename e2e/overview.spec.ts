import { join } from 'node:path';
import { fixtureWorld, xAccount as x } from '../main/test-support/fixture-world';
import { samplePath } from '../main/test-support/samples';
import { expect, test } from './fixtures';
import { forEachLook } from './looks';
import { openWorkspace } from './open-workspace';

const shots = join('test-results', 'screenshots');

test('Overview: your people counted beside the network, and a way to the People view', async ({
  page,
  app,
}) => {
  test.setTimeout(180_000);
  // An account that looks like one of the connections: a suggestion to review.
  const { api, core } = await fixtureWorld(
    () => app.workspacesDir,
    [
      {
        type: 'account',
        key: x('11', 'anjula_b'),
        name: 'Anjula Batra',
        bio: 'Business development at Prepfully',
      },
    ],
  );
  await api.import.run({
    path: samplePath('contacts', 'linkedin', 'Connections-2024-JasonToups.csv'),
    relationship: 'customer',
  });
  const file = (await api.workspace.current())!.path;
  core.close();

  await openWorkspace(page, app.url, file);

  const overview = page.getByTestId('overview');
  const people = overview.getByRole('region', { name: 'Your people' });
  await expect(page.getByTestId('figure-contacts')).toContainText('1,581');
  await expect(page.getByTestId('figure-contacts')).toContainText('People');
  await expect(page.getByTestId('figure-contacts_linked')).toContainText('0');
  await expect(page.getByTestId('figure-link_suggestions')).toContainText('1');

  await forEachLook(page, async (look) => {
    await page.screenshot({ path: join(shots, `overview-${look}.png`) });
  });

  await people.getByRole('button', { name: 'Open People' }).click();
  await expect(page.getByTestId('people-view')).toContainText('1,581 contacts');
});
