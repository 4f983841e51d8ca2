/** What one import did, as shown after it and kept in sources.summary_json. */
export interface ImportCounts {
  accounts: number;
  follows: number;
  posts: number;
  likes: number;
  people: number;
  links: number;
}

export interface ImportSummary {
  sourceId: number | null;
  file: string;
  format: string;
  formatLabel: string;
  /** Rows this import added that the workspace did not have. */
  added: ImportCounts;
  /** Records read, including ones the workspace already had. */
  read: ImportCounts;
  /** Left out, grouped by reason, with the first few places. */
  skipped: { reason: string; count: number; examples: string[] }[];
  warnings: { message: string; where?: string }[];
  /** Set when this exact file was imported before: nothing was changed. */
  alreadyImportedAt?: string;
  durationMs: number;
  /** Mail, calendar or LinkedIn activity: exactly what was kept, in the user's words. */
  kept?: string;
}

export function emptyCounts(): ImportCounts {
  return { accounts: 0, follows: 0, posts: 0, likes: 0, people: 0, links: 0 };
}
