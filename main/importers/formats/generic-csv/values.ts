import type { AccountKey, Network } from '../../records';
import { accountFromHandle, networkFromLabel, networkNames } from '../contacts-shared/social';

/** A count as tools write it: `1234`, `1,234`, `1 234`, `1.2K`, `3M`; undefined otherwise. */
export function parseCount(value: string | undefined): number | undefined {
  const text = value?.trim().replace(/[\s,_]/g, '') ?? '';
  const match = /^(\d+(?:\.\d+)?)([kmb])?$/i.exec(text);
  if (!match) return undefined;
  const scale = { k: 1e3, m: 1e6, b: 1e9 }[match[2]?.toLowerCase() as 'k' | 'm' | 'b'] ?? 1;
  const count = Math.round(Number(match[1]) * scale);
  return Number.isSafeInteger(count) ? count : undefined;
}

/** A network cell (`twitter`, `X`, `bsky`, `mastodon`); undefined when it names none of ours. */
export function parseNetwork(value: string): Network | undefined {
  return networkFromLabel(value);
}

/** `1.23457E+18`: what a spreadsheet makes of a 19-digit X id. The digits are gone for good. */
export function isRoundedBySpreadsheet(value: string): boolean {
  return /^\d(\.\d+)?e\+?\d+$/i.test(value.trim());
}

/** Why an id cannot be used, or undefined when it can. */
export function idProblem(network: Network, id: string): string | undefined {
  if (network === 'x' && isRoundedBySpreadsheet(id)) return `X id “${id}” was rounded by a spreadsheet`;
  if (network === 'x' && !/^\d{1,20}$/.test(id)) return `X id “${id}” is not a number`;
  if (network === 'bluesky' && !/^did:[a-z]+:[A-Za-z0-9._:%-]+$/.test(id))
    return `Bluesky id “${id}” is not a DID`;
  if (network === 'mastodon' && !/^https?:\/\/\S+$/.test(id))
    return `Mastodon id “${id}” is not an actor URI`;
  return undefined;
}

/** The key a row's id and handle cells make, or why they make none. */
export function accountKeyOf(
  network: Network,
  idCell: string | undefined,
  handleCell: string | undefined,
): { key: AccountKey; dropped?: string } | { problem: string } {
  const id = idCell?.trim() || undefined;
  const handleText = handleCell?.trim() || undefined;
  const idIssue = id ? idProblem(network, id) : undefined;
  const fromHandle = handleText ? accountFromHandle(network, handleText) : undefined;
  const handle = fromHandle?.handle;
  const handleIssue =
    handleText && !handle ? `“${handleText}” is not a valid ${networkNames[network]} handle` : undefined;
  const key: AccountKey = { network };
  if (id && !idIssue) key.id = id;
  if (handle) key.handle = handle;
  if (!key.id && fromHandle?.id) key.id = fromHandle.id; // a bsky.app/profile/did:… URL in the handle column
  if (!key.id && !key.handle) return { problem: idIssue ?? handleIssue ?? 'neither an id nor a handle' };
  const dropped = idIssue ?? handleIssue;
  return dropped ? { key, dropped } : { key };
}
