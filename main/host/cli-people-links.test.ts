import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PersonLinkDto } from '../../common/dto';
import { runCliProcess } from '../test-support/run-cli';
import { useTempDir } from '../test-support/temp-dir';

const tempDir = useTempDir();

const cli = (args: string[]) => runCliProcess(args, tempDir());

describe('people links on the command line', () => {
  it('lists suggestions with their status, confidence and evidence, most likely first', async () => {
    const dir = tempDir();
    const file = join(dir, 'people.itrack');
    const connections = join(dir, 'Connections.csv');
    writeFileSync(
      connections,
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n' +
        'José,Álvarez,https://www.linkedin.com/in/jose-alvarez-4b2a1,,Acme Logistics,Operations Director,12 Mar 2024\n' +
        'Katherine,Moore,https://www.linkedin.com/in/kmoore,,Brightwave,Head of Marketing,01 Feb 2023\n',
    );
    const users = join(dir, 'users.json');
    writeFileSync(
      users,
      JSON.stringify({
        data: [
          {
            id: '1',
            username: 'jalvarez',
            name: 'Jose Alvarez',
            description: 'Operations Director at Acme Logistics',
          },
          { id: '2', username: 'katemoore', name: 'Kate Moore', description: 'Marketing @Brightwave' },
          { id: '3', username: 'kmoore_art', name: 'Kate Moore', description: 'Painter at Galerie Nord' },
        ],
      }),
    );
    await cli(['workspace', 'create', file]);
    for (const input of [connections, users]) {
      expect((await cli(['import', '--workspace', file, input, '--json'])).code).toBe(0);
    }
    const listed = await cli(['people', 'links', '--status', 'suggested', '--workspace', file, '--json']);
    expect(listed).toMatchObject({ code: 0, stderr: '' });
    const links = JSON.parse(listed.stdout) as PersonLinkDto[];
    expect(links.map((l) => [l.personName, l.handle, l.status])).toEqual([
      ['José Álvarez', 'jalvarez', 'suggested'],
      ['Katherine Moore', 'katemoore', 'suggested'],
    ]);
    expect(links[0]!.confidence).toBeGreaterThan(links[1]!.confidence);
    expect(links[1]!.confidence).toBeGreaterThanOrEqual(0.5);
    expect(links[0]!.evidenceItems.map((e) => e.kind)).toEqual(['name', 'company', 'position']);
    expect(links[1]!.evidence).toContain('“kate” and “katherine” are forms of one name');

    const text = await cli(['people', 'links', '--workspace', file]);
    expect(text.stdout.split('\n')[0]).toMatch(
      /^0\.9\d suggested +person \d+ José Álvarez \(other\) = account \d+ @jalvarez — same name/,
    );
    expect((await cli(['people', 'links', '--status', 'maybe', '--workspace', file])).code).toBe(2);
  }, 120_000); // seven CLI processes, each compiling its TypeScript
});
