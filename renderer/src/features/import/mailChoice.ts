import type { MethodArgs } from '../../../../common/api';
import type { DetectedImport } from '../../../../common/dto';

/** The review's answers for the user's own mail, calendar or LinkedIn activity (issue 16). */
export interface MailDraft {
  /** The user's own addresses, one per line or comma-separated; prefilled from the mailbox. */
  ownAddresses: string;
  /** Addresses and domains to leave out, never stored. */
  exclude: string;
  includeAutomated: boolean;
  keepSubjects: boolean;
}

export function initialMailDraft(item: DetectedImport): MailDraft | undefined {
  if (!item.mail) return undefined;
  return {
    ownAddresses: item.mail.proposedOwn.join(', '),
    exclude: '',
    includeAutomated: false,
    keepSubjects: false,
  };
}

/** Addresses or domains typed one per line or separated by commas, spaces or semicolons. */
export function addressList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,;]+/)
        .map((a) => a.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
}

/** What import.run is told. */
export function mailArgs(draft: MailDraft): NonNullable<MethodArgs<'import.run'>['mail']> {
  return {
    ownAddresses: addressList(draft.ownAddresses).slice(0, 50),
    exclude: addressList(draft.exclude).slice(0, 2000),
    includeAutomated: draft.includeAutomated,
    keepSubjects: draft.keepSubjects,
  };
}

/** A typed entry that is neither an address nor a domain, for the review to point at. */
export function mailDraftProblem(draft: MailDraft): string | null {
  const own = addressList(draft.ownAddresses).find(
    (a) => !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(a) && !a.includes('linkedin.com/'),
  );
  if (own) return `“${own}” is not an e-mail address: write your addresses like dana@example.com.`;
  const excluded = addressList(draft.exclude).find(
    (a) => !/^@?[^@\s]*[^@\s.]\.[^@\s]+$/.test(a) && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(a),
  );
  if (excluded)
    return `“${excluded}” is neither an address nor a domain: write news@shop.example or shop.example.`;
  return null;
}

/** Adds an address to the typed list when it is not there yet. */
export function withAddress(text: string, address: string): string {
  const list = addressList(text);
  return list.includes(address) ? text : [...list, address].join(', ');
}
