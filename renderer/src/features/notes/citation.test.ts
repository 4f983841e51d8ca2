import { describe, expect, it } from 'vitest';
import { accountCitation, CITE_MIME, citationInsert, droppedText, profileUrl } from './citation';

function transfer(data: Record<string, string>) {
  return { types: Object.keys(data), getData: (type: string) => data[type] ?? '' };
}

describe('citing in notes', () => {
  it('prefers the citation markdown over plain text', () => {
    expect(droppedText(transfer({ 'text/plain': 'plain', [CITE_MIME]: '[@a](https://x.com/a)' }))).toBe(
      '[@a](https://x.com/a)',
    );
    expect(droppedText(transfer({ 'text/plain': 'plain' }))).toBe('plain');
    expect(droppedText(transfer({ Files: '' }))).toBeNull();
  });

  it('gives a quoted post a paragraph of its own', () => {
    const quote = '> Shipping today — [@a](https://x.com/a/status/1)';
    expect(citationInsert('', '', quote)).toBe(`${quote}\n\n`);
    expect(citationInsert('Some text', ' more', quote)).toBe(`\n\n${quote}\n\n`);
    expect(citationInsert('Para\n', '\nNext', quote)).toBe(`\n${quote}\n`);
    expect(citationInsert('Para\n\n', '\n\nNext', quote)).toBe(quote);
  });

  it('puts an account link between words', () => {
    expect(citationInsert('Ask', 'about', '[@a](u)')).toBe(' [@a](u) ');
    expect(citationInsert('Ask ', '.', '[@a](u)')).toBe('[@a](u)');
  });

  it('links accounts to their profile on their network', () => {
    expect(profileUrl('x', '@jack')).toBe('https://x.com/jack');
    expect(profileUrl('bluesky', 'dana.bsky.social')).toBe('https://bsky.app/profile/dana.bsky.social');
    expect(profileUrl('mastodon', 'dana@mastodon.social')).toBe('https://mastodon.social/@dana');
    expect(profileUrl('mastodon', 'dana')).toBeNull();
    expect(accountCitation({ network: 'x', handle: 'jack', name: 'jack' })).toBe(
      '[@jack](https://x.com/jack)',
    );
    expect(accountCitation({ network: 'linkedin', handle: null, name: 'Dana Lee' })).toBe('Dana Lee');
  });
});
