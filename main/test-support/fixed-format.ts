import type { ImportFormat } from '../importers/format';
import type { ImportRecord } from '../importers/records';

/** A format that yields fixed records, so a test states its world plainly and imports it through the real writer. */
export function fixedFormat(records: ImportRecord[]): ImportFormat {
  return {
    id: 'generic-csv',
    label: 'fixture',
    detect: async () => ({ format: 'generic-csv', label: 'fixture', summary: '', needs: {} }),
    async *read() {
      yield* records;
    },
  };
}
