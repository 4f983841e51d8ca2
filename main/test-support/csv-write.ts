// Tests only: writes rows the way spreadsheet and export tools do (RFC 4180 quoting).

export interface CsvLayout {
  newline?: '\n' | '\r\n';
  /** LinkedIn writes none after its last row; most tools write one. */
  finalNewline?: boolean;
  delimiter?: string;
}

/** A field, quoted when it holds the delimiter, a quote or a line break (quotes doubled). */
export function csvField(value: string, delimiter = ','): string {
  return value.includes(delimiter) || /["\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvText(rows: readonly (readonly string[])[], layout: CsvLayout = {}): string {
  const { newline = '\n', finalNewline = true, delimiter = ',' } = layout;
  const text = rows
    .map((row) => row.map((field) => csvField(field, delimiter)).join(delimiter))
    .join(newline);
  return finalNewline ? text + newline : text;
}
