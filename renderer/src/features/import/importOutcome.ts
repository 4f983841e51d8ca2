import type {
  DetectedImport,
  ImportCountsDto,
  ImportSummaryDto,
  RemovalCountsDto,
} from '../../../../common/dto';
import { formatCount } from '../../components/format/count';

/** What happened to one item of an import run. */
export type ItemOutcome =
  | { status: 'imported'; item: DetectedImport; summary: ImportSummaryDto }
  | { status: 'failed'; item: DetectedImport; message: string; detail?: string }
  /** The item that was running when the user cancelled: rolled back. */
  | { status: 'cancelled'; item: DetectedImport }
  /** Items after a cancel, never started. */
  | { status: 'notRun'; item: DetectedImport };

const nouns: Record<keyof ImportCountsDto, [string, string]> = {
  accounts: ['account', 'accounts'],
  follows: ['follow', 'follows'],
  posts: ['post', 'posts'],
  likes: ['like', 'likes'],
  people: ['person', 'people'],
  links: ['contact link', 'contact links'],
};

function counted(count: number, key: keyof typeof nouns): string {
  const [one, many] = nouns[key];
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}

/** "1,812 accounts", "1 post", … for the non-zero counts, in a fixed order. */
export function countParts(counts: Partial<ImportCountsDto>): string[] {
  return (Object.keys(nouns) as (keyof typeof nouns)[])
    .filter((key) => (counts[key] ?? 0) > 0)
    .map((key) => counted(counts[key] ?? 0, key));
}

/** "1,812 accounts, 1,900 follows and 22 posts"; `none` when every count is zero. */
export function countSentence(counts: Partial<ImportCountsDto> | RemovalCountsDto, none = 'nothing'): string {
  const parts = countParts(counts);
  if (parts.length === 0) return none;
  if (parts.length === 1) return parts[0] ?? none;
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

export function skippedTotal(summary: ImportSummaryDto): number {
  return summary.skipped.reduce((sum, group) => sum + group.count, 0);
}

function files(count: number): string {
  return count === 1 ? '1 file' : `${formatCount(count)} files`;
}

/** The one line at the top of the results. */
export function runHeadline(outcomes: readonly ItemOutcome[]): string {
  const imported = outcomes.filter((outcome) => outcome.status === 'imported');
  const repeats = imported.filter((outcome) => outcome.summary.alreadyImportedAt !== undefined).length;
  const fresh = imported.length - repeats;
  const failed = outcomes.filter((outcome) => outcome.status === 'failed').length;
  const cancelled = outcomes.some((outcome) => outcome.status === 'cancelled' || outcome.status === 'notRun');
  if (cancelled) {
    if (fresh === 0) return 'Cancelled — the workspace is unchanged';
    return `Cancelled — ${files(fresh)} imported before that ${fresh === 1 ? 'stays' : 'stay'}; the rest was not imported`;
  }
  if (failed > 0) {
    if (imported.length === 0) return failed === 1 ? 'The import failed' : 'The imports failed';
    return `Imported ${formatCount(imported.length)} of ${files(imported.length + failed)}`;
  }
  if (fresh === 0)
    return repeats === 1 ? 'Nothing new: already imported' : 'Nothing new: all already imported';
  const done = fresh === 1 ? 'Imported 1 file' : `Imported ${files(fresh)}`;
  return repeats === 0 ? done : `${done}; ${formatCount(repeats)} already imported`;
}
