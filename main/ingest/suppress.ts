import type { Db } from '../db/sqlite';
import { redactor } from '../db/erase-text';
import { SuppressionRepo, type SuppressionMatcher } from '../db/suppression-repo';
import type { AccountKey, ImportRecord, PostRecord } from '../importers/records';

export const SUPPRESSED_REASON = 'record of an erased account (never import again)';

/**
 * Keeps what an erase marked "never import again" out of an import: their profile, posts and
 * likes, follows both ways, the contact and links to them. Others' posts that mention them stay,
 * without the mention and with the handle redacted, as the erase left them.
 */
export class SuppressionFilter {
  /** Records left out because they were of a suppressed account or contact. */
  suppressed = 0;

  private constructor(private readonly matcher: SuppressionMatcher) {}

  /** The filter for this workspace, or null when it suppresses nobody. */
  static for(db: Db): SuppressionFilter | null {
    const matcher = new SuppressionRepo(db).matcher();
    return matcher ? new SuppressionFilter(matcher) : null;
  }

  /** The record to write (possibly with mentions of them taken out), or null to leave it out. */
  filter(record: ImportRecord): ImportRecord | null {
    const kept = this.keep(record);
    if (!kept) this.suppressed += 1;
    return kept;
  }

  /** The import's words for what was left out, or null when nothing was. */
  warning(): { message: string } | null {
    if (this.suppressed === 0) return null;
    const records = this.suppressed === 1 ? '1 record' : `${this.suppressed.toLocaleString('en-US')} records`;
    return {
      message: `${records} of an erased account ${this.suppressed === 1 ? 'was' : 'were'} not imported (erased with “never import again”).`,
    };
  }

  private is(key: AccountKey | undefined): boolean {
    return key !== undefined && this.matcher.account(key);
  }

  private keep(record: ImportRecord): ImportRecord | null {
    switch (record.type) {
      case 'account':
        return this.is(record.key) ? null : record;
      case 'follow':
        return this.is(record.follower) || this.is(record.followee) ? null : record;
      case 'post':
        return this.is(record.author) ? null : this.withoutMentions(record);
      case 'like':
        return this.is(record.account) || this.is(record.post.author) ? null : record;
      case 'person': {
        if (this.matcher.person(record.sourceKey)) return null;
        const accounts = record.accounts?.filter((link) => !this.is(link.key));
        return accounts?.length === record.accounts?.length ? record : { ...record, accounts };
      }
      case 'source-info':
        return this.is(record.owner) ? { ...record, owner: undefined } : record;
      default:
        return record;
    }
  }

  private withoutMentions(post: PostRecord): PostRecord {
    const erased = (post.mentions ?? []).filter((key) => this.is(key));
    const replyTo = this.is(post.replyToAccount);
    if (erased.length === 0 && !replyTo) return post;
    const handles = erased.flatMap((key) => (key.handle ? [key.handle] : []));
    if (replyTo && post.replyToAccount?.handle) handles.push(post.replyToAccount.handle);
    return {
      ...post,
      text: redactor({ handles, names: [] })(post.text),
      mentions: post.mentions?.filter((key) => !this.is(key)),
      replyToAccount: replyTo ? undefined : post.replyToAccount,
    };
  }
}
