import { ImportFormatError } from '../../errors';

/**
 * Why the last row of a file that ends without a newline looks cut off, or undefined when it is
 * whole. LinkedIn writes Connections.csv without a final newline, so a missing newline alone is
 * no sign: a row with fewer fields than the header is, and so is a character cut in half.
 */
export function cutRowProblem(fields: readonly string[], headerWidth: number): string | undefined {
  if (fields.length < headerWidth) {
    return `the last row stops after ${fields.length} of the header’s ${headerWidth} columns`;
  }
  // readLines decodes a UTF-8 sequence the end of the file cut short as U+FFFD.
  if (fields.at(-1)?.endsWith('\uFFFD')) return 'the last row ends in the middle of a character';
  return undefined;
}

/**
 * The error for a last row that looks cut off. Such a file is refused whole (as a quoted field
 * left open at the end is): a contact export comes out whole, so a cut one is a broken download,
 * and importing the rows before the cut could let a cut value ("Gi" for "Giving Kitchen") stand.
 */
export function cutRowError(file: string, line: number, problem: string): ImportFormatError {
  return new ImportFormatError(
    file,
    `line ${line}`,
    `${problem} and the file ends without a newline: it looks cut off. Export it again.`,
  );
}

/** Throws when the row is a file's unterminated last row and looks cut off. */
export function refuseCutRow(
  row: { line: number; fields: readonly string[]; unterminated?: boolean },
  headerWidth: number,
  file: string,
): void {
  if (!row.unterminated) return;
  const problem = cutRowProblem(row.fields, headerWidth);
  if (problem) throw cutRowError(file, row.line, problem);
}
