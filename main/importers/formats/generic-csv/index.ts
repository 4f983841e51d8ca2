import { ImportFormatError } from '../../errors';
import type { Detection, ImportFormat, ReadOptions } from '../../format';
import { columnMappingSchema, headerShape, proposeMapping, type ColumnMapping } from './mapping';
import { readGenericCsv } from './reader';
import { sniffGenericCsv } from './sniff';

export { headerShape, proposeMapping, type ColumnMapping, type ProposedMapping } from './mapping';
export { readGenericCsv } from './reader';

/** A guessed mapping is used without asking only when this sure; below, the user must map. */
export const AUTO_MAPPING_CONFIDENCE = 0.8;

/** ReadOptions as they will be once the shared type carries the user's mapping. */
export interface GenericCsvReadOptions extends ReadOptions {
  columnMapping?: ColumnMapping;
}

function describe(mapping: ColumnMapping): string {
  return Object.entries(mapping.columns)
    .map(([field, column]) => `${field} ← “${column}”`)
    .join(', ');
}

async function* readWithMapping(
  input: Parameters<ImportFormat['read']>[0],
  options: ReadOptions,
  ctx: Parameters<ImportFormat['read']>[2],
  given: ColumnMapping | undefined,
) {
  if (given) {
    const checked = columnMappingSchema.safeParse(given);
    if (!checked.success) {
      throw new ImportFormatError(
        input.displayName,
        undefined,
        `the column mapping is not valid (${checked.error.message})`,
      );
    }
    yield* readGenericCsv(input, checked.data, options, ctx);
    return;
  }
  const sniffed = await sniffGenericCsv(input);
  if (!sniffed) throw new ImportFormatError(input.displayName, 'line 1', 'not a CSV file with a header row');
  const proposal = proposeMapping(sniffed.header);
  if (proposal.confidence < AUTO_MAPPING_CONFIDENCE) {
    throw new ImportFormatError(
      sniffed.entry.path,
      'line 1',
      'no column mapping was given and the columns could not be guessed with confidence; map them first',
    );
  }
  const { confidence: _, ...mapping } = proposal;
  yield {
    type: 'warning' as const,
    message: `Columns mapped automatically: ${describe(mapping)}.`,
    where: sniffed.entry.path,
  };
  yield* readGenericCsv(input, { ...mapping, delimiter: sniffed.delimiter }, options, ctx);
}

/**
 * Any tool's CSV of accounts or follow edges, read with a column mapping. Detection only asks
 * "one CSV file with a header row", so the pipeline must try this format LAST, after twarc-csv,
 * linkedin-csv, google-csv and every other CSV format.
 */
export const genericCsvFormat: ImportFormat = {
  id: 'generic-csv',
  label: 'CSV of accounts or follows (columns mapped by you)',

  async detect(input): Promise<Detection | null> {
    const sniffed = await sniffGenericCsv(input);
    if (!sniffed) return null;
    const proposal = proposeMapping(sniffed.header);
    const guess =
      proposal.confidence > 0
        ? ` Looks like ${proposal.kind} (${describe(proposal)}).`
        : ' No column names an account id or handle.';
    const shown = sniffed.header.slice(0, 8).join(', ') + (sniffed.header.length > 8 ? ', …' : '');
    return {
      format: 'generic-csv',
      label: 'CSV file (columns to map)',
      summary: `About ${sniffed.estimatedRows} rows; columns: ${shown}.${guess}`,
      needs: {
        columnMapping: {
          header: sniffed.header,
          shape: headerShape(sniffed.header),
          proposal,
          confident: proposal.confidence >= AUTO_MAPPING_CONFIDENCE,
        },
      },
      estimatedRecords: sniffed.estimatedRows,
    };
  },

  read(input, options, ctx) {
    return readWithMapping(input, options, ctx, options.columnMapping as ColumnMapping | undefined);
  },
};

/** The generic reader bound to one mapping, for callers that have it before ReadOptions can carry it. */
export function genericCsvReader(mapping: ColumnMapping): ImportFormat {
  return {
    ...genericCsvFormat,
    read: (input, options, ctx) => readWithMapping(input, options, ctx, mapping),
  };
}
