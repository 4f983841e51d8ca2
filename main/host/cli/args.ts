/** A mistake in how the command was called: one line on stderr and exit code 2. */
export class UsageError extends Error {}

export interface Flags {
  workspace?: string;
  json: boolean;
  of?: string;
  relationship?: string;
  format?: string;
  prospect?: string;
  status?: string;
  person?: string;
  account?: string;
  out?: string;
  sections?: string;
  redact?: string;
  via?: string;
  path?: string;
  search?: string;
  since?: string;
  did?: string;
  says?: string;
  /** `accounts name <id> --handle @h`: who an account known only by its id is. */
  handle?: string;
  /** `erase`: keep or redact the notes that mention them; also their linked accounts; no question. */
  notes?: string;
  'with-accounts'?: boolean;
  /** `erase`: keep a suppression entry so a later import does not bring them back. */
  'never-import-again'?: boolean;
  yes?: boolean;
  /** A workspace's passphrase is read from a file (or the environment), never an argument. */
  'passphrase-file'?: string;
  'new-passphrase-file'?: string;
  /** Refused with a plain answer: see passphrase.ts. */
  passphrase?: string;
  /** `focus`: the time zone of the activity heatmap. */
  tz?: string;
  /** `following` / `followers`: the table's filters, its segments, a CSV file, how many rows. */
  category?: string;
  role?: string;
  location?: string;
  reach?: string;
  mine?: boolean;
  competitors?: boolean;
  query?: string;
  segments?: boolean;
  csv?: string;
  limit?: string;
  /** `notes set|append`: where the text is (else standard input). */
  file?: string;
  /** `categories add`: its colour; `rules add|remove`: which field the keyword is looked for in. */
  color?: string;
  field?: string;
  /** `graph`: how many of the ranked paths to draw. */
  paths?: string;
}

export function needWorkspace(flags: Flags): string {
  if (!flags.workspace) throw new UsageError('--workspace <file> is required');
  return flags.workspace;
}

export function needNumber(value: string | undefined, flag: string): number {
  const number = Number(value);
  if (!value || !Number.isInteger(number) || number <= 0)
    throw new UsageError(`${flag} needs a positive whole number`);
  return number;
}

export function noPositionals(positionals: string[]): void {
  if (positionals.length > 0) throw new UsageError(`unexpected argument “${positionals[0]}”`);
}
