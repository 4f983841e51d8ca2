import type { Detection, ImportFormat } from '../../format';
import { findCsvFiles } from '../contacts-shared/csv-entries';
import { contactsDetection, readContactsCsv, type ContactsCsvKind } from '../contacts-shared/csv-contacts';
import { googleColumns, isGoogleHeader, type GoogleColumns } from './columns';
import { contactFromRow } from './row';

const kind: ContactsCsvKind<GoogleColumns> = {
  isHeader: isGoogleHeader,
  headerDescription:
    'Google Contacts header (a name column, Labels or Group Membership, E-mail 1 - Value, …)',
  columns: googleColumns,
};

/** Google Contacts' CSV export (current and older column sets): one person per contact. */
export const googleCsvFormat: ImportFormat = {
  id: 'google-csv',
  label: 'Google Contacts (CSV)',

  async detect(input): Promise<Detection | null> {
    const files = await findCsvFiles(input, isGoogleHeader);
    if (files.length === 0) return null;
    const older = files.some((file) =>
      file.header.columns.some((c) => c.trim().toLowerCase() === 'group membership'),
    );
    const label = `Google Contacts CSV${older ? ' (older column set)' : ''}`;
    return contactsDetection('google-csv', label, 'contact', files);
  },

  read: (input, options, ctx) => readContactsCsv(input, options, ctx, kind, contactFromRow),
};
