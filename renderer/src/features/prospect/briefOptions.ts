import { briefSections, type BriefSection } from '../../../../common/brief-sections';
import type { AccountBrief, ReferralPathDto } from '../../../../common/dto';

/** The brief's sections as the dialog offers them: the brief's own list. */
export const briefSectionChoices = briefSections;

export type BriefSectionId = BriefSection;

/** The people the brief names on its paths, in the order they appear: who the user may hide. */
export function redactionCandidates(paths: readonly ReferralPathDto[], prospectId: number): AccountBrief[] {
  const seen = new Map<number, AccountBrief>();
  for (const path of paths)
    for (const hop of path.hops)
      for (const account of [hop.from, hop.to])
        if (account.id !== prospectId && !seen.has(account.id)) seen.set(account.id, account);
  return [...seen.values()];
}

/** brief.export's arguments: sections and redaction only when the user narrowed them. */
export function briefArgs(
  accountId: number,
  sections: ReadonlySet<string>,
  hidden: ReadonlySet<number>,
): { accountId: number; sections?: BriefSectionId[]; redact?: { accountIds: number[] } } {
  const chosen = briefSectionChoices.map((s) => s.id).filter((id) => sections.has(id));
  return {
    accountId,
    ...(chosen.length < briefSectionChoices.length ? { sections: chosen } : {}),
    ...(hidden.size ? { redact: { accountIds: [...hidden] } } : {}),
  };
}
