import type { Detection, ImportFormat } from '../../format';
import { findCsvFiles } from '../contacts-shared/csv-entries';
import { contactsCsvEntries, rowsAfterHeader, type ContactsCsvKind } from '../contacts-shared/csv-contacts';
import { ReadPace } from '../contacts-shared/pace';
import { SourceKeys } from '../contacts-shared/person';
import { isLinkedInHeader, linkedInColumns } from './columns';
import { refuseCutConnectedOn } from './cut-date';
import { connectionFromRow } from './row';

const kind: ContactsCsvKind = {
  isHeader: isLinkedInHeader,
  headerDescription: 'LinkedIn Connections.csv header (First Name, Last Name, …, Connected On)',
};

/** LinkedIn's Connections.csv, alone or inside the data-export ZIP: one person per connection. */
export const linkedinCsvFormat: ImportFormat = {
  id: 'linkedin-csv',
  label: 'LinkedIn connections (CSV)',

  async detect(input): Promise<Detection | null> {
    const files = await findCsvFiles(input, isLinkedInHeader);
    if (files.length === 0) return null;
    const rows = files.reduce((sum, file) => sum + file.estimatedRows, 0);
    const withUrl = files.some((file) => linkedInColumns(file.header.columns).url !== undefined);
    const withNotes = files.some((file) => file.header.line > 1);
    const era = withNotes
      ? 'with notes preamble'
      : withUrl
        ? 'with profile URLs'
        : 'older, without profile URLs';
    return {
      format: 'linkedin-csv',
      label: `LinkedIn Connections.csv (${era})`,
      summary: `About ${rows} connection${rows === 1 ? '' : 's'}${files.length > 1 ? ` in ${files.length} files` : ''}.`,
      needs: { relationship: true },
      estimatedRecords: rows,
    };
  },

  async *read(input, options, ctx) {
    const entries = await contactsCsvEntries(input, kind);
    const pace = new ReadPace(
      ctx,
      entries.reduce((sum, e) => sum + e.size, 0),
    );
    for (const entry of entries) {
      const keys = new SourceKeys();
      let columns: ReturnType<typeof linkedInColumns> | undefined;
      let previousConnectedOn: string | undefined;
      for await (const { header, row } of rowsAfterHeader(input, entry, kind, pace)) {
        columns ??= linkedInColumns(header.columns);
        refuseCutConnectedOn(row, columns, previousConnectedOn, entry.path);
        previousConnectedOn = row.fields[columns.connectedOn];
        yield connectionFromRow(row, { file: entry.path, columns, keys, relationship: options.relationship });
      }
    }
  },
};
