import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DuplicateGroupDto, PersonMergeDto } from '../../common/person-merge-dto';
import { runCliProcess } from '../test-support/run-cli';
import { samplePath } from '../test-support/samples';
import { useTempDir } from '../test-support/temp-dir';

const tempDir = useTempDir();
// Each run starts a Node process with tsx: seconds apiece on a busy machine.
const SLOW = 240_000;

const cli = (args: string[]) => runCliProcess(args, tempDir());

describe('people duplicates, merge and unmerge on the command line', () => {
  it(
    'lists the two John Does of Gmail and Outlook, merges them, and undoes it',
    async () => {
      const file = join(tempDir(), 'people.itrack');
      await cli(['workspace', 'create', file]);
      const vcards = ['GMAIL', 'MS_OUTLOOK'].map((app) =>
        samplePath('contacts', 'vcard', `ezvcard-John_Doe_${app}.vcf`),
      );
      expect((await cli(['import', '--workspace', file, ...vcards])).code).toBe(0);

      const listed = await cli(['people', 'duplicates', '--workspace', file]);
      expect(listed).toMatchObject({ code: 0, stderr: '' });
      expect(listed.stdout).toContain('same name and company');
      expect(listed.stdout).toContain('ezvcard-John_Doe_MS_OUTLOOK.vcf');
      const [group] = JSON.parse(
        (await cli(['people', 'duplicates', '--workspace', file, '--json'])).stdout,
      ) as DuplicateGroupDto[];
      const [keep, other] = group!.people.map((person) => String(person.id));

      const merged = await cli(['people', 'merge', keep!, other!, '--workspace', file, '--json']);
      const merge = JSON.parse(merged.stdout) as PersonMergeDto;
      expect(merge).toMatchObject({ keptId: Number(keep), otherId: Number(other) });
      expect((await cli(['people', 'duplicates', '--workspace', file])).stdout.trim()).toBe(
        'No possible duplicates among your contacts.',
      );
      const shown = await cli(['people', 'show', keep!, '--workspace', file]);
      expect(shown.stdout).toContain(`(undo: people unmerge ${merge.id})`);

      const undone = await cli(['people', 'unmerge', String(merge.id), '--workspace', file]);
      expect(undone.stdout.trim()).toBe(`Separated again: #${keep} and #${other}.`);
      const again = await cli(['people', 'unmerge', String(merge.id), '--workspace', file]);
      expect(again).toMatchObject({
        code: 1,
        stderr: expect.stringContaining('it may have been undone already'),
      });
      expect((await cli(['people', 'merge', keep!, '--workspace', file])).code).toBe(2);
    },
    SLOW,
  );
});
