import type { Page } from '@playwright/test';
import type { ImportRecord, Relationship } from '../main/importers/records';
import { fixtureWorld } from '../main/test-support/fixture-world';
import { samplePath } from '../main/test-support/samples';
import type { WebApp } from './fixtures';
import { openProspect, openWorkspace } from './open-workspace';

/**
 * A workspace made of `records` plus the real LinkedIn sample (1,581 contacts as `contactsAs`),
 * with `prospect` marked, opened in the page at 1440×900 on that prospect's view.
 */
export async function openProspectWorld(
  page: Page,
  app: WebApp,
  records: ImportRecord[],
  { contactsAs, prospect }: { contactsAs: Relationship; prospect: string },
): Promise<void> {
  const { api, core } = await fixtureWorld(() => app.workspacesDir, records);
  await api.import.run({
    path: samplePath('contacts', 'linkedin', 'Connections-2024-JasonToups.csv'),
    relationship: contactsAs,
  });
  const target = await api.accounts.find({ ref: `@${prospect}` });
  await api.prospects.add({ accountId: target!.id });
  const file = (await api.workspace.current())!.path;
  core.close();

  await openWorkspace(page, app.url, file);
  await openProspect(page, prospect);
}
