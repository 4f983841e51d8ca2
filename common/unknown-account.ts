import type { NetworkName } from './dto';

const networkNames: Record<NetworkName, string> = { x: 'X', bluesky: 'Bluesky', mastodon: 'Mastodon' };

/**
 * Whether an account's stored id is a stand-in for one known only by its handle (`handle:dana`,
 * main/db/accounts-write-repo.ts): such an account can still turn out to be any network id.
 */
export function isKnownOnlyByHandle(externalId: string): boolean {
  return externalId.startsWith('handle:');
}

/**
 * What an account known only by its network id is called until someone names it: "X account id
 * 12345 (name unknown)". Stored as its name, so every view, the CLI and the brief say the same.
 */
export function unknownAccountName(network: string, externalId: string): string {
  return `${accountIdLabel(network, externalId)} (name unknown)`;
}

/** "X account id 12345": an account by its network id, in messages. */
export function accountIdLabel(network: string, externalId: string): string {
  return `${networkNames[network as NetworkName] ?? network} account id ${externalId}`;
}
