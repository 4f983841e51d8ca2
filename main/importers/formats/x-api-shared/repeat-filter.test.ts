import { describe, expect, it } from 'vitest';
import type { AccountRecord, PostRecord } from '../../records';
import { RepeatFilter } from './repeat-filter';

const full: AccountRecord = {
  type: 'account',
  key: { network: 'x', id: '1', handle: 'a' },
  name: 'A',
  bio: 'hi',
};

describe('RepeatFilter', () => {
  it('drops a record that adds nothing to one already emitted', () => {
    const filter = new RepeatFilter();
    expect(filter.isRepeat(full)).toBe(false);
    expect(filter.isRepeat({ ...full })).toBe(true);
    expect(filter.isRepeat({ type: 'account', key: full.key, name: 'A' })).toBe(true);
  });

  it('lets a changed or richer record through', () => {
    const filter = new RepeatFilter();
    filter.isRepeat(full);
    expect(filter.isRepeat({ ...full, bio: 'changed' })).toBe(false);
    expect(filter.isRepeat({ ...full, bio: 'changed', followersCount: 3 })).toBe(false);
    expect(filter.isRepeat({ ...full, key: { network: 'x', id: '2', handle: 'a' } })).toBe(false);
  });

  it('never drops warnings, skips or source facts', () => {
    const filter = new RepeatFilter();
    const warning = { type: 'warning', message: 'm' } as const;
    expect(filter.isRepeat(warning)).toBe(false);
    expect(filter.isRepeat(warning)).toBe(false);
  });

  it('forgets past its capacity instead of growing', () => {
    const filter = new RepeatFilter(2);
    filter.isRepeat(full);
    filter.isRepeat({ ...full, key: { network: 'x', id: '2' } });
    filter.isRepeat({ ...full, key: { network: 'x', id: '3' } });
    expect(filter.isRepeat(full)).toBe(false);
  });

  it('tells values apart by kind and structure, not only by their characters', () => {
    const filter = new RepeatFilter();
    const post: PostRecord = { type: 'post', network: 'x', id: '5', text: 't', kind: 'post', tags: ['ab'] };
    expect(filter.isRepeat(post)).toBe(false);
    expect(filter.isRepeat({ ...post, tags: ['a', 'b'] })).toBe(false);
    expect(filter.isRepeat({ ...post, tags: ['a', 'b'] })).toBe(true);
    const counted: AccountRecord = { ...full, key: { network: 'x', id: '9' }, followersCount: 12 };
    expect(filter.isRepeat(counted)).toBe(false);
    const asText = { ...counted, followersCount: '12' } as unknown as AccountRecord;
    expect(filter.isRepeat(asText)).toBe(false);
    expect(filter.isRepeat(counted)).toBe(false);
    expect(filter.isRepeat(counted)).toBe(true);
  });
});
