import { describe, expect, it } from 'vitest';
import { passphraseStrength } from './passphraseStrength';

describe('the passphrase strength hint', () => {
  it('grows with length and with words', () => {
    expect(passphraseStrength('')).toBe('empty');
    expect(passphraseStrength('hunter2')).toBe('weak');
    expect(passphraseStrength('hunter2hunter')).toBe('fair');
    expect(passphraseStrength('blue cat sings daily')).toBe('strong');
    expect(passphraseStrength('Tr0ub4dor&3xyz')).toBe('strong');
  });
});
