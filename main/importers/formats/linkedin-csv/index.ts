import type { Detection, ImportFormat } from '../../format';
import { findCsvFiles } from '../contacts-shared/csv-entries';
import { contactsDetection, readContactsCsv, type ContactsCsvKind } from '../contacts-shared/csv-contacts';
import { isLinkedInHeader, linkedInColumns, type LinkedInColumns } from './columns';
import { refuseCutConnectedOn } from './cut-date';
import { connectionFromRow } from './row';
import { activityFiles, readLinkedInActivity } from '../linkedin-activity';

const kind: ContactsCsvKind<LinkedInColumns> = {
  isHeader: isLinkedInHeader,
  headerDescription: 'LinkedIn Connections.csv header (First Name, Last Name, …, Connected On)',
  columns: linkedInColumns,
  refuseCut: (row, columns, previous, file) =>
    refuseCutConnectedOn(row, columns, previous?.fields[columns.connectedOn], file),
};

/** LinkedIn's Connections.csv, alone or inside the data-export ZIP: one person per connection. */
export const linkedinCsvFormat: ImportFormat = {
  id: 'linkedin-csv',
  label: 'LinkedIn connections (CSV)',

  async detect(input): Promise<Detection | null> {
    const files = await findCsvFiles(input, isLinkedInHeader);
    if (files.length === 0) return null;
    const withUrl = files.some((file) => linkedInColumns(file.header.columns).url !== undefined);
    const withNotes = files.some((file) => file.header.line > 1);
    const era = withNotes
      ? 'with notes preamble'
      : withUrl
        ? 'with profile URLs'
        : 'older, without profile URLs';
    const detection = contactsDetection(
      'linkedin-csv',
      `LinkedIn Connections.csv (${era})`,
      'connection',
      files,
    );
    const activity = input.container === 'file' ? [] : await activityFiles(input);
    if (activity.length === 0) return detection;
    return {
      ...detection,
      summary: `${detection.summary} Also your messages, invitations and positions: who and when only.`,
    };
  },

  async *read(input, options, ctx) {
    yield* readContactsCsv(input, options, ctx, kind, connectionFromRow);
    // The data-export ZIP also holds the user's messages, invitations and positions (issue 16).
    const activity = input.container === 'file' ? [] : await activityFiles(input);
    if (activity.length > 0) yield* readLinkedInActivity(input, options, ctx, activity);
  },
};
