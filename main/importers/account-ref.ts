import { AppError } from '../../common/errors';
import type { AccountKey, Network } from './records';

/**
 * Reads what a user types to name an account (`@jack`, `12`, `did:plc:…`, `user@mastodon.social`,
 * a profile URL) as an account key on the given network.
 */
export function parseAccountRef(text: string, network: Network): AccountKey {
  const value = text.trim();
  if (!value) throw new AppError('BAD_REQUEST', 'Name the account, for example @handle.');
  if (value.startsWith('did:')) return { network: 'bluesky', id: value };
  const url = /^https?:\/\/(?:www\.)?(?:twitter\.com|x\.com)\/(@?[A-Za-z0-9_]{1,15})\/?$/i.exec(value);
  if (url) return { network: 'x', handle: url[1]!.replace(/^@/, '') };
  const fediverse = /^@?([^@\s]+)@([^@\s]+\.[^@\s]+)$/.exec(value);
  if (fediverse) return { network: 'mastodon', handle: `${fediverse[1]}@${fediverse[2]}` };
  if (/^\d{1,20}$/.test(value) && network === 'x') return { network, id: value };
  return { network, handle: value.replace(/^@/, '') };
}
