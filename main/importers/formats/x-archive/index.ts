import type { ImportFormat } from '../../format';
import { ImportFormatError } from '../../errors';
import { detectXArchive } from './detect';
import { locateArchive, unrecognisedArchiveFile } from './layout';
import { readGrailbirdArchive } from './read-grailbird';
import { readYtdArchive } from './read-ytd';

/** The archive X (Twitter) lets an account download: every era, as a ZIP or an unpacked folder. */
export const xArchiveFormat: ImportFormat = {
  id: 'x-archive',
  label: 'X archive',
  detect: detectXArchive,
  async *read(input, options, ctx) {
    const location = await locateArchive(input);
    if (!location) {
      const damaged = unrecognisedArchiveFile(input);
      if (damaged) {
        throw new ImportFormatError(
          damaged.path,
          'start of file',
          `does not begin with \`${damaged.expected}\`: the file is damaged or not from an X archive`,
        );
      }
      throw new ImportFormatError(
        input.displayName,
        undefined,
        'is not an X archive: it has no manifest.js, account.js or Grailbird tweet files',
      );
    }
    if (location.kind === 'ytd') yield* readYtdArchive(input, location, options, ctx);
    else yield* readGrailbirdArchive(input, location, options, ctx);
  },
};
