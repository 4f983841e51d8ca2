import { describe, expect, it } from 'vitest';
import { samplesClaimedBy } from '../../../test-support/sample-walk';
import { mastodonFormat } from './index';

describe('Mastodon detector over every shared sample', () => {
  it('claims the Mastodon files and archive folders, and nothing of any other format', async () => {
    expect(await samplesClaimedBy(mastodonFormat)).toEqual([
      'mastodon/dealingwith-2024',
      'mastodon/dealingwith-2024/actor.json',
      'mastodon/dealingwith-2024/bookmarks.json',
      'mastodon/dealingwith-2024/likes.json',
      'mastodon/goija-2026',
      'mastodon/goija-2026/bookmarks.json',
      'mastodon/goija-2026/outbox.json',
      'mastodon/hikurry-2022',
      'mastodon/hikurry-2022/bookmarks.json',
      'mastodon/hikurry-2022/likes.json',
    ]);
  });
});
