import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PersonDto, PersonPage } from '../../common/dto';
import { runCliProcess } from '../test-support/run-cli';
import { useTempDir } from '../test-support/temp-dir';

const tempDir = useTempDir();
// Each run starts a Node process with tsx: seconds apiece on a busy machine.
const SLOW = 180_000;

const cli = (args: string[]) => runCliProcess(args, tempDir());

async function workspaceWithConnections(): Promise<string> {
  const dir = tempDir();
  const file = join(dir, 'people.itrack');
  const connections = join(dir, 'Connections.csv');
  writeFileSync(
    connections,
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n' +
      'Maria,Gomez,https://www.linkedin.com/in/mgomez,,Acme Logistics,Operations Director,12 Mar 2021\n' +
      'Grace,Hopper,https://www.linkedin.com/in/grace-hopper,,Navy,Rear Admiral,01 Jan 2020\n',
  );
  await cli(['workspace', 'create', file]);
  expect((await cli(['import', '--workspace', file, connections, '--relationship', 'colleague'])).code).toBe(
    0,
  );
  return file;
}

describe('people list, show and edit on the command line', () => {
  it(
    'lists and searches contacts, as text and as JSON',
    async () => {
      const file = await workspaceWithConnections();
      const all = await cli(['people', 'list', '--workspace', file]);
      expect(all).toMatchObject({ code: 0, stderr: '' });
      expect(all.stdout).toContain('Maria Gomez');
      expect(all.stdout).toContain('Operations Director at Acme Logistics');
      expect(all.stdout).toContain('Grace Hopper');

      const found = await cli(['people', 'list', '--search', 'acme', '--workspace', file, '--json']);
      const page = JSON.parse(found.stdout) as PersonPage;
      expect(page.total).toBe(1);
      expect(page.rows[0]).toMatchObject({ displayName: 'Maria Gomez', relationship: 'colleague' });

      const none = await cli(['people', 'list', '--relationship', 'customer', '--workspace', file]);
      expect(none.stdout.trim()).toBe('No contacts are customers yet.');
    },
    SLOW,
  );

  it(
    'edits relationship and facts, and shows them',
    async () => {
      const file = await workspaceWithConnections();
      const listed = JSON.parse(
        (await cli(['people', 'list', '--search', 'maria', '--workspace', file, '--json'])).stdout,
      );
      const id = String((listed as PersonPage).rows[0]!.id);
      const edited = await cli([
        'people',
        'edit',
        id,
        '--relationship',
        'customer',
        '--since',
        '2021-04-01',
        '--did',
        'cut their delivery planning from days to hours',
        '--says',
        'The best team we have worked with.',
        '--workspace',
        file,
      ]);
      expect(edited).toMatchObject({ code: 0, stderr: '' });

      const shown = await cli(['people', 'show', id, '--workspace', file, '--json']);
      const person = JSON.parse(shown.stdout) as PersonDto;
      expect(person).toMatchObject({
        displayName: 'Maria Gomez',
        relationship: 'customer',
        facts: {
          customerSince: '2021-04-01',
          did: 'cut their delivery planning from days to hours',
          says: 'The best team we have worked with.',
        },
      });
      const text = await cli(['people', 'show', id, '--workspace', file]);
      expect(text.stdout).toContain('Customer since: 2021-04-01');
      expect(text.stdout).toContain('What they say about us: The best team we have worked with.');
      expect(text.stdout).toContain('Connections.csv');
    },
    SLOW,
  );

  it(
    'refuses a bad date or relationship with one line and exit 2, and an unknown person with exit 1',
    async () => {
      const file = await workspaceWithConnections();
      for (const args of [
        ['people', 'edit', '1', '--since', '12/03/2021', '--workspace', file],
        ['people', 'edit', '1', '--relationship', 'boss', '--workspace', file],
        ['people', 'edit', '1', '--workspace', file],
        ['people', 'show', '--workspace', file],
      ]) {
        const result = await cli(args);
        expect(result.code, args.join(' ')).toBe(2);
        expect(result.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      }
      const missing = await cli(['people', 'show', '999', '--workspace', file]);
      expect(missing).toMatchObject({ code: 1, stderr: 'inside-track: There is no person #999.\n' });
    },
    SLOW,
  );
});
