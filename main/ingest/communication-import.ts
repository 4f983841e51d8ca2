import { CommunicationsRepo } from '../db/communications-repo';
import type { Db } from '../db/sqlite';
import type { MailReadOptions } from '../importers/formats/mail-shared/mail-filter';
import { SKIP_AUTOMATED } from '../importers/formats/mail-shared/mail-filter';
import { emptyCommunicationCounts, keptSentence } from './communication-writer';
import type { ImportSummary } from './summary';
import type { ImportWriter } from './writer';

/**
 * What an import of mail keeps of the user's choices in sources.options_json: their own
 * addresses and the switches, but only the number of exclusions: excluded addresses are never
 * stored, not even as a choice.
 */
export function mailOptionsJson(mail: MailReadOptions | undefined): Record<string, unknown> {
  if (!mail) return {};
  return {
    mail: {
      ownAddresses: mail.ownAddresses ?? [],
      excluded: mail.exclude?.length ?? 0,
      includeAutomated: mail.includeAutomated ?? false,
      keepSubjects: mail.keepSubjects ?? false,
    },
  };
}

/** The addresses the user confirmed as theirs in the review, kept for the workspace (inside the import's transaction). */
export function saveOwnAddresses(db: Db, mail: MailReadOptions | undefined): void {
  const own = (mail?.ownAddresses ?? []).map((a) => a.trim().toLowerCase()).filter(Boolean);
  if (own.length === 0) return;
  new CommunicationsRepo(db).addOwnAddresses(
    own.map((address) => ({
      channel: address.includes('linkedin.com/') ? ('linkedin' as const) : ('email' as const),
      address: address.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, ''),
    })),
    new Date().toISOString(),
  );
}

/** The summary with the sentence saying exactly what was kept, when the import held communication. */
export function withKept(writer: ImportWriter, summary: ImportSummary): ImportSummary {
  const automated = writer.skipped.get(SKIP_AUTOMATED)?.count ?? 0;
  if (!writer.communications?.used && automated === 0) return summary;
  const counts = writer.communications?.counts ?? emptyCommunicationCounts();
  return { ...summary, kept: keptSentence(counts, automated) };
}
