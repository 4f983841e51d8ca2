import type { FormatId, ImportFormat } from './format';
import { blueskyCarFormat } from './formats/bluesky-car';
import { genericCsvFormat } from './formats/generic-csv';
import { googleCsvFormat } from './formats/google-csv';
import { linkedinCsvFormat } from './formats/linkedin-csv';
import { mastodonFormat } from './formats/mastodon';
import { vcardFormat } from './formats/vcard';
import { snscrapeFormat } from './formats/snscrape';
import { twarc2Format } from './formats/twarc2';
import { twarcCsvFormat } from './formats/twarc-csv';
import { xApiV2Format } from './formats/x-api-v2';
import { xArchiveFormat } from './formats/x-archive';
import { mboxFormat } from './formats/mbox';
import { emlFormat } from './formats/eml';
import { icsFormat } from './formats/ics';
import { linkedinActivityFormat } from './formats/linkedin-activity';
import { relationshipsFormat } from './formats/relationships';

/**
 * Every format, in the order detection tries them: specific formats first, the catch-all
 * column-mapped CSV last.
 */
export const importFormats: readonly ImportFormat[] = [
  xArchiveFormat,
  twarc2Format,
  xApiV2Format,
  snscrapeFormat,
  twarcCsvFormat,
  mastodonFormat,
  blueskyCarFormat,
  linkedinCsvFormat,
  googleCsvFormat,
  vcardFormat,
  mboxFormat,
  emlFormat,
  icsFormat,
  linkedinActivityFormat,
  relationshipsFormat,
  genericCsvFormat,
];

export function formatById(id: FormatId | string): ImportFormat | undefined {
  return importFormats.find((format) => format.id === id);
}
