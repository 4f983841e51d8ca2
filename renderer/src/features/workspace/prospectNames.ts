import type { ProspectSummary } from '../../../../common/dto';

const networks: Record<string, string> = {
  x: 'X',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  linkedin: 'LinkedIn',
};

export function networkName(network: string): string {
  return networks[network] ?? network;
}

/** The name to list a prospect under: their display name, else their handle. */
export function prospectTitle(prospect: Pick<ProspectSummary, 'name' | 'handle' | 'accountId'>): string {
  const name = prospect.name?.trim();
  if (name) return name;
  if (prospect.handle) return `@${prospect.handle}`;
  return `Account ${prospect.accountId}`;
}

/** One or two letters for the avatar: "Dana Lee" → "DL", "@acme_cto" → "A". */
export function prospectInitials(prospect: Pick<ProspectSummary, 'name' | 'handle'>): string {
  const words = (prospect.name ?? '').match(/[\p{L}\p{N}]+/gu) ?? [];
  const first = words[0];
  const last = words.length > 1 ? words[words.length - 1] : undefined;
  if (first) return `${first[0] ?? ''}${last?.[0] ?? ''}`.toUpperCase();
  const handle = prospect.handle?.match(/[\p{L}\p{N}]/u)?.[0];
  return (handle ?? '?').toUpperCase();
}
