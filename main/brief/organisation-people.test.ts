import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportRecord } from '../importers/records';
import { pdfText } from '../test-support/brief-fixture';
import { fixtureWorld, xAccount } from '../test-support/fixture-world';
import { useTempDir } from '../test-support/temp-dir';
import { exportBrief, type BriefOptions } from './index';

const tempDir = useTempDir('inside-track-brief-org-');
const prospect = xAccount('9', 'acme_ceo');

const maria: ImportRecord = {
  type: 'person',
  sourceKey: 'linkedin.com/in/maria-gomez',
  displayName: 'Maria Gomez',
  company: 'Acme Logistics',
  position: 'Operations Director',
  relationship: 'customer',
  connectedOn: '2024-03-01T00:00:00.000Z',
};

/** The "Who" section of a brief on @acme_ceo, as text, in a workspace holding these records. */
async function whoText(bio: string | undefined, people: ImportRecord[], redact?: 'Maria Gomez') {
  const { core } = await fixtureWorld(tempDir, [{ type: 'account', key: prospect, bio }, ...people]);
  const workspace = core.session.require();
  const accountId = workspace.accounts.find('@acme_ceo')!.id;
  const personIds = redact
    ? workspace.db
        .prepare<[string], number>('SELECT id FROM people WHERE display_name = ?')
        .pluck()
        .all(redact)
    : [];
  const outPath = join(tempDir(), 'brief.pdf');
  const options: BriefOptions = {
    accountId,
    outPath,
    timeZone: 'UTC',
    now: new Date('2026-04-01T09:00:00.000Z'),
    sections: ['who'],
    redact: { personIds, accountIds: [] },
  };
  await exportBrief(core.session, options, { signal: new AbortController().signal, progress: () => {} });
  return pdfText(outPath).replace(/\s+/g, ' ');
}

describe('the brief lists your people at the prospect’s organisation', () => {
  it('under "Who they are", each with their position, relationship and since when', async () => {
    const text = await whoText('CEO at Acme Logistics', [maria]);
    expect(text).toContain('Your people at Acme Logistics');
    expect(text).toMatch(/Maria Gomez, Operations Director at Acme Logistics \(customer, [^)]*since 2024\)/);
    expect(text.indexOf('Your people at Acme Logistics')).toBeGreaterThan(text.indexOf('Inside track'));
  });

  it('says the data does not say when none of your contacts is there', async () => {
    const text = await whoText('CEO at Acme Logistics', [{ ...maria, company: 'Globex' }]);
    expect(text).toContain('Your people at Acme Logistics');
    expect(text).toContain('The data does not say that any of your contacts works at Acme Logistics');
  });

  it('says the data does not say where they work when the bio names no organisation', async () => {
    const text = await whoText('Building things', [maria]);
    expect(text).toContain('Your people at their organisation');
    expect(text).toContain('The data does not say which organisation they work for');
    expect(text).not.toContain('Maria Gomez');
  });

  it('names a redacted person by their label only', async () => {
    const text = await whoText('CEO at Acme Logistics', [maria], 'Maria Gomez');
    expect(text).not.toMatch(/Maria|Gomez/);
    expect(text).toMatch(/Person A, Operations Director at Acme Logistics/);
  });
});
