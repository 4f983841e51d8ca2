import type { Detection, ImportFormat } from '../../format';
import { findCsvFiles } from '../contacts-shared/csv-entries';
import { contactsCsvEntries, rowsAfterHeader, type ContactsCsvKind } from '../contacts-shared/csv-contacts';
import { ReadPace } from '../contacts-shared/pace';
import { SourceKeys } from '../contacts-shared/person';
import { googleColumns, isGoogleHeader, type GoogleColumns } from './columns';
import { contactFromRow } from './row';

const kind: ContactsCsvKind = {
  isHeader: isGoogleHeader,
  headerDescription:
    'Google Contacts header (a name column, Labels or Group Membership, E-mail 1 - Value, …)',
};

/** Google Contacts' CSV export (current and older column sets): one person per contact. */
export const googleCsvFormat: ImportFormat = {
  id: 'google-csv',
  label: 'Google Contacts (CSV)',

  async detect(input): Promise<Detection | null> {
    const files = await findCsvFiles(input, isGoogleHeader);
    if (files.length === 0) return null;
    const rows = files.reduce((sum, file) => sum + file.estimatedRows, 0);
    const older = files.some((file) =>
      file.header.columns.some((c) => c.trim().toLowerCase() === 'group membership'),
    );
    return {
      format: 'google-csv',
      label: `Google Contacts CSV${older ? ' (older column set)' : ''}`,
      summary: `About ${rows} contact${rows === 1 ? '' : 's'}${files.length > 1 ? ` in ${files.length} files` : ''}.`,
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
      let columns: GoogleColumns | undefined;
      for await (const { header, row } of rowsAfterHeader(input, entry, kind, pace)) {
        columns ??= googleColumns(header.columns);
        yield contactFromRow(row, { file: entry.path, columns, keys, relationship: options.relationship });
      }
    }
  },
};
