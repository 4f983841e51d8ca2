import { describe, expect, it } from 'vitest';
import { networkName, prospectInitials, prospectTitle } from './prospectNames';

describe('prospectTitle', () => {
  it('prefers the display name, then the handle', () => {
    expect(prospectTitle({ name: 'Dana Lee', handle: 'dana', accountId: 1 })).toBe('Dana Lee');
    expect(prospectTitle({ name: '  ', handle: 'dana', accountId: 1 })).toBe('@dana');
    expect(prospectTitle({ name: null, handle: null, accountId: 7 })).toBe('Account 7');
  });
});

describe('prospectInitials', () => {
  it('takes the first and last word of the name', () => {
    expect(prospectInitials({ name: 'Dana van der Lee', handle: null })).toBe('DL');
    expect(prospectInitials({ name: 'Émile', handle: null })).toBe('É');
  });

  it('falls back to the handle, ignoring punctuation', () => {
    expect(prospectInitials({ name: null, handle: '_acme_cto' })).toBe('A');
    expect(prospectInitials({ name: null, handle: null })).toBe('?');
  });
});

describe('networkName', () => {
  it('names the networks the way they name themselves', () => {
    expect(networkName('x')).toBe('X');
    expect(networkName('bluesky')).toBe('Bluesky');
    expect(networkName('other')).toBe('other');
  });
});
