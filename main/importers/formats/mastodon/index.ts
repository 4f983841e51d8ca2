import type { ImportFormat } from '../../format';
import { detectMastodon } from './detect';
import { readMastodon } from './read';

/**
 * Mastodon's "Request your archive" export (folder or ZIP: actor.json, outbox.json, likes.json,
 * bookmarks.json) and the separate following_accounts.csv, together or one file alone.
 */
export const mastodonFormat: ImportFormat = {
  id: 'mastodon',
  label: 'Mastodon archive',
  detect: detectMastodon,
  read: readMastodon,
};
