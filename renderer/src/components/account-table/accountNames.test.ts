import { describe, expect, it } from 'vitest';
import { accountSubtitle, accountTitle } from './accountNames';

describe('accountTitle and accountSubtitle', () => {
  it('prefers the display name, then the handle', () => {
    expect(accountTitle({ name: ' Dana Lee ', handle: 'danalee' })).toBe('Dana Lee');
    expect(accountTitle({ name: '', handle: 'danalee' })).toBe('@danalee');
  });

  it('admits when only the id is known, as in an X archive’s follower list', () => {
    expect(accountTitle({ name: null, handle: null })).toBeNull();
    expect(accountSubtitle({ handle: null, externalId: '542669277' })).toBe('id 542669277');
    expect(accountSubtitle({ handle: 'danalee', externalId: '1' })).toBe('@danalee');
  });
});
