import type { Detection, ImportFormat } from '../../format';
import type { InputEntry, InputSource } from '../../input';
import { readLines } from '../../util/lines';
import { decodeUtf8 } from '../../util/text';
import { ReadPace } from '../contacts-shared/pace';
import { SourceKeys } from '../contacts-shared/person';
import { readCards } from './cards';
import { contentLines } from './content-lines';
import { personFromCard } from './person';

const MAX_CANDIDATES = 200;

/** Whether a file's first bytes open a vCard (after a BOM and blank lines). */
function startsAsVcard(head: Buffer): boolean {
  return /^\s*BEGIN\s*:\s*VCARD\s*\r?\n/i.test(decodeUtf8(head.subarray(0, 256)));
}

/** The vCard files of an input: a lone file whatever its name, else the .vcf/.vcard entries that open with BEGIN:VCARD. */
async function vcardEntries(
  input: InputSource,
): Promise<{ entry: InputEntry; cards: number; whole: boolean }[]> {
  const entries =
    input.container === 'file'
      ? input.entries
      : input.entries.filter((e) => /\.(vcf|vcard)$/i.test(e.path)).slice(0, MAX_CANDIDATES);
  const found = [];
  for (const entry of entries) {
    const head = await input.head(entry.path);
    if (!startsAsVcard(head)) continue;
    const cards = decodeUtf8(head).match(/^BEGIN\s*:\s*VCARD\s*$/gim)?.length ?? 0;
    found.push({ entry, cards, whole: head.length >= entry.size });
  }
  return found;
}

/** vCard files (2.1, 3.0, 4.0; one or many cards each): one person per card. */
export const vcardFormat: ImportFormat = {
  id: 'vcard',
  label: 'Contacts (vCard)',

  async detect(input): Promise<Detection | null> {
    const files = await vcardEntries(input);
    if (files.length === 0) return null;
    const cards = files.reduce((sum, f) => sum + f.cards, 0);
    const exact = files.every((f) => f.whole);
    return {
      format: 'vcard',
      label: 'vCard contacts',
      summary: `${exact ? '' : 'At least '}${cards} card${cards === 1 ? '' : 's'}${files.length > 1 ? ` in ${files.length} files` : ''}.`,
      needs: { relationship: true },
      ...(exact ? { estimatedRecords: cards } : {}),
    };
  },

  async *read(input, options, ctx) {
    // A lone file is read whatever it holds, so that a wrong one is reported rather than ignored.
    const entries =
      input.container === 'file' ? [...input.entries] : (await vcardEntries(input)).map((f) => f.entry);
    const pace = new ReadPace(
      ctx,
      entries.reduce((sum, e) => sum + e.size, 0),
    );
    for (const entry of entries) {
      const keys = new SourceKeys();
      const lines = readLines(await input.open(entry.path), pace.onBytes);
      for await (const card of readCards(contentLines(lines, entry.path), entry.path)) {
        pace.tick();
        yield personFromCard(card, { file: entry.path, keys, relationship: options.relationship });
      }
      pace.fileDone(entry.size);
    }
  },
};
